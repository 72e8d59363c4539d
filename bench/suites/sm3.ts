import { randomFillSync } from 'node:crypto';
import { digestOf, sm3Hex } from '../../db/package/digests';
import { percentile, summarise, type Timing } from '../measure';
import type { CaseResult, Log } from '../results';

/** The size of the realistic archive's snapshot, the largest file of its year package. */
const SNAPSHOT_BYTES = 190 * 2 ** 20;
const TICK_MS = 20;

/**
 * Runs `work` under a timer due every 20 ms, as the window's host would have; the longest a tick
 * came late is the longest the thread was held.
 */
async function withTicker(work: () => Promise<unknown>): Promise<{ ms: number; late: number[] }> {
  let last = performance.now();
  const late: number[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    late.push(Math.max(0, now - last - TICK_MS));
    last = now;
  }, TICK_MS);
  const began = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - began, late };
}

/**
 * SM3 (and SHA-256 beside it, as the package takes both) of a snapshot-sized buffer: the
 * throughput, and the longest the event loop was held while it ran.
 */
export async function runSm3(reps: number, log: Log): Promise<CaseResult[]> {
  const bytes = randomFillSync(new Uint8Array(SNAPSHOT_BYTES));
  const mb = SNAPSHOT_BYTES / 2 ** 20;
  const cases: { name: string; work: () => Promise<unknown> }[] = [
    { name: 'SM3 of a 190 MB snapshot', work: () => sm3Hex(bytes) },
    { name: 'SM3 + SHA-256 of a 190 MB snapshot (as the package does)', work: () => digestOf('snapshot', bytes) },
  ];
  const out: CaseResult[] = [];
  for (const c of cases) {
    await c.work(); // warm-up: the WebAssembly module is compiled once
    const runs = [];
    for (let i = 0; i < reps; i++) runs.push(await withTicker(c.work));
    const timing: Timing = summarise(runs.map((r) => r.ms));
    const late = runs.flatMap((r) => r.late).sort((a, b) => a - b);
    const lateMax = late.at(-1) ?? 0;
    const lateP99 = percentile(late, 0.99);
    const mbps = mb / (timing.p50 / 1000);
    log(
      `  ${c.name}: ${mbps.toFixed(0)} MB/s, a tick late by ${lateP99.toFixed(1)} ms p99, ${lateMax.toFixed(1)} ms max`,
    );
    out.push({
      suite: 'sm3',
      archive: 'realistic',
      area: 'digest',
      name: c.name,
      timing,
      mbPerS: mbps,
      eventLoopMaxMs: lateMax,
      note: `${mbps.toFixed(0)} MB/s; a ${TICK_MS} ms timer came late by ${lateP99.toFixed(1)} ms p99, ${lateMax.toFixed(1)} ms at most (the longest includes time the system gave other processes)`,
    });
  }
  return out;
}
