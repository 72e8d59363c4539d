import fs from 'node:fs';
import type { Machine } from './machine';
import type { CaseResult, GenerationResult } from './results';
import { caseTarget, checkTargets, type TargetCheck } from './targets';

export interface Report {
  scale: 'full' | 'quick';
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  /** os.loadavg() when the run started and ended: a busy machine inflates every number. */
  loadavg: { start: number[]; end: number[] };
  generation: GenerationResult[];
  results: CaseResult[];
  /** Results of suites this run left out (--only), kept from the last full run. */
  keptFromEarlierRun: number;
  targets: TargetCheck[];
}

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function extra(r: CaseResult): string {
  const parts = [
    r.bytes !== undefined ? `${(r.bytes / 1024).toFixed(0)} KB` : '',
    r.peakRssMB !== undefined ? `peak RSS ${r.peakRssMB.toFixed(0)} MB` : '',
    r.eventLoopMaxMs !== undefined ? `event loop late by up to ${r.eventLoopMaxMs.toFixed(0)} ms` : '',
    r.note ?? '',
    r.error ? `ERROR ${r.error}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

const header = ['archive', 'case', 'p50 ms', 'p95 ms', 'max ms', 'raw p50', 'ratio', 'target', 'notes'];

function rows(results: CaseResult[]): string[][] {
  return results.map((r) => {
    const t = caseTarget(r);
    return [
      r.archive,
      r.name,
      ms(r.timing?.p50),
      ms(r.timing?.p95),
      ms(r.timing?.max),
      ms(r.raw?.p50),
      r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
      t ? `${t.met ? 'met' : 'MISSED'} (${t.label})` : '',
      extra(r),
    ];
  });
}

/** Terminal width of a string: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function textTable(report: Report): string {
  const body = rows(report.results);
  const widths = header.map((h, i) => Math.min(i === 8 ? 60 : 70, Math.max(width(h), ...body.map((r) => width(r[i])))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]))
      .join('  ')
      .trimEnd();
  const gen = report.generation.map(
    (g) =>
      `${g.archive}: ${mb(g.bytes)}, ${g.ms === null ? 'reused from an earlier run' : `generated in ${(g.ms / 1000).toFixed(1)} s`} — ${Object.entries(
        g.counts,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
  );
  const checks = report.targets.map((c) => `${c.met ? 'met   ' : 'MISSED'}  ${c.target} — ${c.value}`);
  return [machineLine(report), ...gen, '', line(header), ...body.map(line), '', ...checks].join('\n');
}

function machineLine(r: Report): string {
  const m = r.machine;
  return `${r.scale} run ${r.startedAt} on ${m.cpus}× ${m.cpuModel}, ${m.memGB} GB, ${m.os}, Node ${m.node}, SQLite ${m.sqlite}, ${m.chromium}; load average ${r.loadavg.start.map((x) => x.toFixed(2)).join(' ')} at start, ${r.loadavg.end.map((x) => x.toFixed(2)).join(' ')} at end${r.keptFromEarlierRun ? `; ${r.keptFromEarlierRun} results kept from an earlier run (see load1 in results.json)` : ''}`;
}

/** The same table in Markdown, to paste into the README. */
export function markdownTable(report: Report): string {
  const esc = (s: string) => s.replaceAll('|', '\\|');
  const md = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  return [
    machineLine(report),
    '',
    md(header),
    md(header.map(() => '---')),
    ...rows(report.results).map(md),
    '',
    ...report.targets.map((c) => `- ${c.met ? 'met' : '**missed**'}: ${esc(c.target)} — ${c.value}`),
    '',
  ].join('\n');
}

export function finish(report: Omit<Report, 'targets'>): Report {
  return { ...report, targets: checkTargets(report.results) };
}

export function writeReport(report: Report, jsonFile: string, mdFile: string): void {
  fs.writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(mdFile, markdownTable(report));
}
