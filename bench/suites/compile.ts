import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportFolder } from '../../db/export/folder';
import { chromiumPath } from '../../db/export/pdf';
import type { Timing } from '../measure';
import { LAST_YEAR } from '../scale';
import { tsxChild } from './tsxChild';
import type { CaseResult, Log } from '../results';

const run = promisify(execFile);

interface ChildReport {
  timing: Timing;
  rssBeforeMB: number;
  peakRssMB: number;
  files: { name: string; bytes: number }[];
}

async function compile(file: string, task: string, reps: number, included: string[] = []): Promise<ChildReport> {
  const { stdout } = await run(
    process.execPath,
    tsxChild('compileChild.ts', file, task, String(LAST_YEAR), String(reps), included.join('|')),
    { maxBuffer: 16 * 2 ** 20, timeout: 600_000 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

const labels: Record<string, string> = {
  ledgers: '年度台账 .xlsx (export.ledgers)',
  docx: '年度履职档案 .docx (export.volume)',
  pdf: '年度履职档案 .pdf (export.volume, Chromium)',
  package: '年度档案包 .zip (package.export, with the .docx and .xlsx)',
};

/**
 * The year-end compile of the realistic archive's last year, each task in its own process for its
 * peak memory (Chromium's own memory, for the PDF, is not counted). The archive must not be open
 * in this process: each task takes the writer lock.
 */
export async function runCompile(file: string, reps: number, withPdf: boolean, log: Log): Promise<CaseResult[]> {
  const pdf = withPdf && fs.existsSync(chromiumPath());
  const tasks = ['ledgers', 'docx', ...(pdf ? ['pdf'] : []), 'package'];
  const out: CaseResult[] = [];
  const written: string[] = [];
  // Every package is a new file of ~200 MB: start from an empty exports folder, drop the packages at the end.
  const folder = exportFolder(file, LAST_YEAR);
  fs.rmSync(folder, { recursive: true, force: true });
  for (const task of tasks) {
    try {
      const r = await compile(file, task, reps, task === 'package' ? written : []);
      if (task === 'ledgers' || task === 'docx') written.push(...r.files.map((f) => f.name));
      out.push({
        suite: 'compile',
        archive: 'realistic',
        area: 'compile',
        name: labels[task],
        timing: r.timing,
        bytes: r.files.reduce((n, f) => n + f.bytes, 0),
        peakRssMB: r.peakRssMB,
        note: `RSS ${r.rssBeforeMB.toFixed(0)} MB after opening`,
      });
      log(`  compile ${task}: p50 ${r.timing.p50.toFixed(0)} ms, peak RSS ${r.peakRssMB.toFixed(0)} MB`);
    } catch (e) {
      out.push({
        suite: 'compile',
        archive: 'realistic',
        area: 'compile',
        name: labels[task],
        error: (e as Error).message.slice(0, 500),
      });
    }
  }
  for (const f of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (f.endsWith('.zip')) fs.rmSync(path.join(folder, f));
  }
  if (!pdf) {
    const why = withPdf ? `no Chromium at ${chromiumPath()}` : 'not in a --quick run';
    out.push({ suite: 'compile', archive: 'realistic', area: 'compile', name: labels.pdf, note: `skipped: ${why}` });
  }
  return out;
}
