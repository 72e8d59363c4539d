import { describe, it } from 'vitest';
import { runCrashTest } from '../../scripts/crashHarness';
import { expectNothingLost } from './expectNothingLost';

describe('crash safety', () => {
  it('loses no committed write and keeps the file whole across 200 SIGKILLs mid-write', async () => {
    const figures = await runCrashTest({ cycles: 200, seed: 20260514, maxDelayMs: 30 });
    // Every cycle's kill lands after at least one committed write, so the check has real work.
    expectNothingLost(figures, 200);
  }, 600_000); // ~80 s for 200 cycles on an idle 2-core machine; far longer when it is shared
});
