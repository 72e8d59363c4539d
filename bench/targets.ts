import type { CaseResult } from './results';

/** The targets (for a 2-core machine), checked against one run's results. */
export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

const f = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`;

/** The target one result is held to, if any. */
export function caseTarget(r: CaseResult): { label: string; met: boolean } | undefined {
  const t = r.timing;
  if (!t) return undefined;
  if (r.suite === 'queries' && r.archive === 'stress' && (r.area === 'list' || r.area === 'search'))
    return { label: 'p95 < 20 ms', met: t.p95 < 20 };
  if (r.suite === 'queries' && r.archive === 'stress' && r.area === 'matrix')
    return { label: 'p95 < 20 ms', met: t.p95 < 20 };
  if (r.suite === 'hostloop' && r.eventLoopMaxMs !== undefined)
    return { label: 'event loop late ≤ 100 ms', met: r.eventLoopMaxMs <= 100 };
  if (r.suite === 'browser' && r.name === 'first paint') return { label: 'p95 < 1 s', met: t.p95 < 1000 };
  if (r.suite === 'browser' && r.name.startsWith('activities table: frame'))
    return { label: 'max < 50 ms', met: t.max < 50 };
  return undefined;
}

export function checkTargets(results: CaseResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const r of results) {
    const t = caseTarget(r);
    if (t)
      checks.push({
        target: `${r.archive} ${r.name}: ${t.label}`,
        value: f(
          r.suite === 'hostloop'
            ? r.eventLoopMaxMs!
            : r.name.includes('frame')
              ? r.timing!.max
              : r.name === 'first paint'
                ? r.timing!.p50
                : r.timing!.p95,
        ),
        met: t.met,
      });
    if (r.ratio !== undefined && (r.suite === 'queries' || r.suite === 'writes')) {
      // The yearly statistics build a page of sums from their rows: 1.5× on the realistic archive.
      const bound = r.archive === 'realistic' && r.area === 'stats' ? 1.5 : 1.3;
      checks.push({
        target: `${r.archive} ${r.name}: contract ≤ ${bound}× raw`,
        value: `${r.ratio.toFixed(2)}×`,
        met: r.ratio <= bound,
      });
    }
  }
  for (const r of results.filter((x) => x.suite === 'sm3' && x.mbPerS !== undefined)) {
    if (r.name.startsWith('SM3 of'))
      checks.push({ target: `${r.name}: ≥ 80 MB/s`, value: `${r.mbPerS!.toFixed(0)} MB/s`, met: r.mbPerS! >= 80 });
    checks.push({
      target: `${r.name}: event loop held < 100 ms`,
      value: f(r.eventLoopMaxMs!),
      met: r.eventLoopMaxMs! < 100,
    });
  }
  const compile = results.filter((r) => r.suite === 'compile' && r.timing);
  if (compile.length) {
    const sum = (pdf: boolean) =>
      compile.filter((r) => pdf || !r.name.includes('.pdf')).reduce((n, r) => n + r.timing!.p50, 0);
    checks.push({
      target: 'realistic year compile without PDF (xlsx + docx + package) < 2 s',
      value: f(sum(false)),
      met: sum(false) < 2000,
    });
    if (compile.some((r) => r.name.includes('.pdf')))
      checks.push({ target: 'realistic year compile with PDF < 5 s', value: f(sum(true)), met: sum(true) < 5000 });
  }
  return checks;
}
