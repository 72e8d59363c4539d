import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startHost } from '../../db/host/httpHost';
import { webDir } from '../../db/host/serve';

/**
 * The browser-mode host in a process of its own, watched: a timer due every 20 ms notes how late
 * it comes (and perf_hooks' event-loop delay histogram runs beside it). Prints one JSON line with
 * the host's address and cookie; on "report" at stdin prints the lateness seen since "reset",
 * every tick later than 50 ms with its wall-clock time, so the caller can say which call held it.
 * Argument: the archive file.
 */
const TICK_MS = 20;
const host = await startHost({ file: process.argv[2], port: 0, staticDir: webDir });
const histogram = monitorEventLoopDelay({ resolution: 10 });
let late: { at: number; ms: number }[] = [];
let maxLate = 0;
let last = performance.now();
setInterval(() => {
  const now = performance.now();
  const ms = Math.max(0, now - last - TICK_MS);
  last = now;
  maxLate = Math.max(maxLate, ms);
  if (ms > 50) late.push({ at: Date.now(), ms });
}, TICK_MS);
histogram.enable();
process.stdout.write(`${JSON.stringify({ port: host.port, cookie: host.cookie })}\n`);

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  for (let nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n')) {
    const command = input.slice(0, nl).trim();
    input = input.slice(nl + 1);
    if (command === 'reset') {
      late = [];
      maxLate = 0;
      histogram.reset();
      process.stdout.write('{"reset":true}\n');
    } else if (command === 'report') {
      const report = {
        maxLateMs: maxLate,
        histogramMaxMs: histogram.max / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        late,
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } else if (command === 'stop') {
      void host.close().then(() => process.exit(0));
    }
  }
});
