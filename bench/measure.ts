/** Timing of one case: warm-up runs first, then repetitions timed with the monotonic clock. */
export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface MeasureOptions {
  warmup: number;
  reps: number;
  /** Stop repeating after this many milliseconds (a slow case still gets `minReps`). */
  budgetMs?: number;
  minReps?: number;
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/** The value at fraction q of sorted samples, by the nearest-rank method (p95 of 20 runs is the 19th). */
export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1),
  };
}

/** Times `fn` (sync or async); its result is kept from the optimiser by handing it to `sink`. */
export async function measure(
  fn: () => unknown,
  o: MeasureOptions,
  sink: (v: unknown) => void = () => {},
): Promise<Timing> {
  for (let i = 0; i < o.warmup; i++) sink(await fn());
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  const minReps = o.minReps ?? 3;
  for (let i = 0; i < o.reps; i++) {
    const t = process.hrtime.bigint();
    sink(await fn());
    samples.push(ms(t));
    if (o.budgetMs !== undefined && i + 1 >= minReps && ms(started) > o.budgetMs) break;
  }
  return summarise(samples);
}

/** Runs `fn` once and returns how long it took with its value. */
export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: ms(t), value };
}
