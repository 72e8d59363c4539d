import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { HTTP_CALL_PATH } from '../../shared/transport';
import { exportFolder } from '../../db/export/folder';
import { summarise } from '../measure';
import { LAST_YEAR } from '../scale';
import { tsxChild } from './tsxChild';
import type { CaseResult, Log } from '../results';

interface LoopReport {
  maxLateMs: number;
  histogramMaxMs: number;
  p99Ms: number;
  late: { at: number; ms: number }[];
}

/**
 * How long the browser-mode host's event loop is held while it compiles the realistic archive's
 * last year without the PDF (ledgers, Word volume, package) through HTTP, as the 年度归档 page
 * asks it: the host runs in a child process under a 20 ms timer; each call's longest lateness is
 * reported (what another clerk's call or the progress stream would wait), and the whole run's.
 */
export async function runHostLoop(file: string, log: Log): Promise<CaseResult[]> {
  fs.rmSync(exportFolder(file, LAST_YEAR), { recursive: true, force: true });
  // BENCH_HOST_PROFILE=DIR writes the host's CPU profile there, to see what holds its thread.
  const profile = process.env.BENCH_HOST_PROFILE
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_HOST_PROFILE]
    : [];
  const proc = spawn(process.execPath, [...profile, ...tsxChild('hostLoopChild.ts', file)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  const next = async <T>() => JSON.parse(((await lines.next()).value as string) ?? 'null') as T;
  const send = (command: string) => proc.stdin!.write(`${command}\n`);
  const out: CaseResult[] = [];
  try {
    const { port, cookie } = await next<{ port: number; cookie: string }>();
    const call = async (method: string, input: unknown) => {
      const res = await fetch(`http://127.0.0.1:${port}${HTTP_CALL_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ method, input }),
      });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}：${body.error?.message}`);
      return body.value as { files?: { name: string }[] };
    };
    // A first call of each kind warms the host's modules up, as a clerk's earlier work would have.
    await call('meta.info', {});
    send('reset');
    await next();
    const year = LAST_YEAR;
    const steps: [string, string, () => Promise<unknown>][] = [];
    const written: string[] = [];
    steps.push([
      '年度台账 .xlsx (export.ledgers)',
      'export.ledgers',
      async () => written.push(...((await call('export.ledgers', { year })).files ?? []).map((f) => f.name)),
    ]);
    steps.push([
      '年度履职档案 .docx (export.volume)',
      'export.volume',
      async () =>
        written.push(...((await call('export.volume', { year, format: 'docx' })).files ?? []).map((f) => f.name)),
    ]);
    steps.push([
      '年度档案包 .zip (package.export)',
      'package.export',
      () => call('package.export', { year, includeDocuments: written }),
    ]);
    const windows: { name: string; from: number; to: number; ms: number }[] = [];
    for (const [name, , work] of steps) {
      log(`  host loop: ${name}`);
      const from = Date.now();
      await work();
      windows.push({ name, from, to: Date.now(), ms: Date.now() - from });
    }
    send('report');
    const report = await next<LoopReport>();
    for (const w of windows) {
      // A late tick fires once the block is over: it belongs to the call during which the block began.
      const held = report.late.filter((l) => l.at - l.ms >= w.from && l.at - l.ms <= w.to).map((l) => l.ms);
      const longest = held.length ? Math.max(...held) : 0;
      out.push({
        suite: 'hostloop',
        archive: 'realistic',
        area: 'event loop',
        name: `host event loop during ${w.name}`,
        timing: summarise([w.ms]),
        eventLoopMaxMs: longest,
        note: held.length
          ? `${held.length} ticks over 50 ms, ${held.filter((ms) => ms > 100).length} over 100 ms; longest ${longest.toFixed(0)} ms`
          : 'no tick over 50 ms',
      });
    }
    out.push({
      suite: 'hostloop',
      archive: 'realistic',
      area: 'event loop',
      name: 'host event loop during the year compile without PDF, through HTTP',
      timing: summarise([windows.reduce((n, w) => n + w.ms, 0)]),
      eventLoopMaxMs: report.maxLateMs,
      note: `perf_hooks: max ${report.histogramMaxMs.toFixed(0)} ms, p99 ${report.p99Ms.toFixed(0)} ms`,
    });
  } finally {
    send('stop');
    await new Promise((resolve) => proc.once('exit', resolve));
    fs.rmSync(exportFolder(file, LAST_YEAR), { recursive: true, force: true });
  }
  return out;
}
