import { describe, it } from 'vitest';
import { runCrashTest } from '../../scripts/crashHarness';
import { expectNothingLost } from './expectNothingLost';

describe('crash safety', () => {
  // 100 kills in every run (`npm run crashtest -- --cycles 1000` for a long loop): ~40 s on an idle
  // 2-core machine; 200 took 533 s of a 600 s limit on a loaded one.
  it('loses no committed write and keeps the file whole across 100 SIGKILLs mid-write', async () => {
    const figures = await runCrashTest({ cycles: 100, seed: 20260514, maxDelayMs: 30 });
    // Every cycle's kill lands after at least one committed write, so the check has real work.
    expectNothingLost(figures, 100);
  }, 1_200_000);
});
