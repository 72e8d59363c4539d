import fs from 'node:fs';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { measure, summarise } from '../measure';

/**
 * One year-end compile task in a process of its own, so its peak memory is its own: prints one
 * JSON line with the timings, the resident memory before and at peak, and what was written.
 * Arguments: archive file, task (ledgers | docx | pdf | package), year, repetitions[, included files].
 */
const [file, task, yearText, repsText, included = ''] = process.argv.slice(2);
const year = Number(yearText);

/**
 * Peak resident memory of this process. Linux's VmHWM belongs to this program's own memory map;
 * getrusage's maxrss would carry over the parent's peak across fork and exec.
 */
function peakRssMB(): number {
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(
    fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '',
  );
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
}
const calls: Record<string, [string, unknown]> = {
  ledgers: ['export.ledgers', { year }],
  docx: ['export.volume', { year, format: 'docx' }],
  pdf: ['export.volume', { year, format: 'pdf' }],
  package: ['package.export', { year, includeDocuments: included ? included.split('|') : [] }],
};

const archive = await openArchive(file);
try {
  const dispatch = createDispatcher(archive);
  const [method, input] = calls[task];
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  let value: unknown;
  const timing = await measure(
    async () => {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(`${method}：${r.error.message}`);
      value = r.value;
    },
    { warmup: 0, reps: Number(repsText), minReps: 1 },
  );
  // An export lists its files; a package is one file (its `files` counts what is inside it).
  const written = value as { files: { name: string; bytes: number }[] | number; name?: string; size?: number };
  const files = Array.isArray(written.files) ? written.files : [{ name: written.name ?? '', bytes: written.size ?? 0 }];
  process.stdout.write(
    `${JSON.stringify({ timing: timing.n ? timing : summarise([]), rssBeforeMB, peakRssMB: peakRssMB(), files })}\n`,
  );
} finally {
  archive.close();
}
