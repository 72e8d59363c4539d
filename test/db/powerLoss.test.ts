import { describe, expect, it } from 'vitest';
import { runPowerLossTest } from '../../scripts/powerLossHarness';
import { shimUnavailable } from '../../scripts/powerLossShim';
import { expectNothingLost } from './expectNothingLost';

const reason = shimUnavailable();

// Each cycle starts a writer process (most of its time); generous timeouts for a busy machine.
describe.skipIf(reason !== null)(`power-loss safety${reason ? `（跳过：${reason}）` : ''}`, () => {
  it('loses no committed write and keeps the file whole across 16 power cuts (WAL + synchronous=FULL)', async () => {
    const figures = await runPowerLossTest({ cycles: 16, seed: 20261206, maxDelayMs: 40 });
    expectNothingLost(figures, 16);
    // The check had real work: writes not yet durable were undone or torn.
    expect(figures.unsyncedDropped).toBeGreaterThan(0);
    expect(Object.values(figures.modes).every((n) => n > 0)).toBe(true);
  }, 600_000);

  it('catches a missing disk sync: with synchronous=OFF confirmed writes are lost', async () => {
    // Dropping every unsynced write, with the app's checkpoint cadence: nothing the writer did was
    // ever synced (its WAL vanishes with the folder entry never synced), so its members and
    // activities are gone, and each attendance it set (always a change) is back to the old value.
    const figures = await runPowerLossTest({ cycles: 2, seed: 7, synchronous: 'OFF', modes: ['drop'], checkpoints: [1000] });
    expect(figures.writesConfirmed).toBeGreaterThan(0);
    expect(figures.lost).toBeGreaterThan(0);
    expect(figures.corrupt).toBe(0);
    expect(figures.problems[0]).toMatch(/^已确认的写入丢失：/);
  }, 300_000);

  it('catches it too when unsynced writes are reordered and torn, checkpoints included', async () => {
    const figures = await runPowerLossTest({ cycles: 4, seed: 11, synchronous: 'OFF' });
    expect(figures.lost + figures.corrupt).toBeGreaterThan(0);
    expect(figures.problems.length).toBeGreaterThan(0);
  }, 300_000);
});
