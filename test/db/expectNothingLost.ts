import { expect } from 'vitest';
import type { CrashFigures } from '../../scripts/crashHarness';

/**
 * What a kill or power-cut run must show: no problem, every cycle run, no committed write lost,
 * no file corrupt, and at least one confirmed write a cycle, so the check had real work.
 */
export function expectNothingLost(figures: CrashFigures, cycles: number): void {
  expect(figures.problems).toEqual([]);
  expect(figures.cycles).toBe(cycles);
  expect(figures.lost).toBe(0);
  expect(figures.corrupt).toBe(0);
  expect(figures.writesConfirmed).toBeGreaterThanOrEqual(cycles);
}
