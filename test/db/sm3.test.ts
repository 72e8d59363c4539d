import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, digestOf, sm3Hex } from '../../db/package/digests';

/** The reference: the openssl tool, which has SM3 on Debian and most distributions since OpenSSL 1.1.1. */
function opensslSm3(bytes: Uint8Array): string | null {
  const r = spawnSync('openssl', ['dgst', '-sm3', '-r'], { input: bytes, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return /^([0-9a-f]{64})\b/.exec(r.stdout)?.[1] ?? null;
}
const haveOpenssl = opensslSm3(new Uint8Array()) !== null;

describe.skipIf(!haveOpenssl)('SM3 (skipped: `openssl dgst -sm3` is not available on this machine)', () => {
  it('gives the standard digest of the empty input and of "abc"', async () => {
    // GB/T 32905-2016, example 1 ("abc"); the empty input as the openssl tool gives it.
    expect(await sm3Hex(new Uint8Array())).toBe(opensslSm3(new Uint8Array()));
    const abc = new TextEncoder().encode('abc');
    expect(await sm3Hex(abc)).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(await sm3Hex(abc)).toBe(opensslSm3(abc));
  });

  it('agrees with openssl on a few MB of random bytes, hashed a chunk at a time', async () => {
    const bytes = randomBytes(3 * CHUNK_BYTES + 12345);
    const expected = opensslSm3(bytes);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    expect(await sm3Hex(bytes)).toBe(expected);
    expect((await digestOf('x', bytes)).sm3).toBe(expected);
  }, 60_000);

  it('lets timers run while a large input is hashed', async () => {
    const bytes = randomBytes(8 * CHUNK_BYTES);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const expected = opensslSm3(bytes);
    try {
      expect(await sm3Hex(bytes)).toBe(expected);
    } finally {
      clearInterval(timer);
    }
    // Eight chunks give the loop seven turns between them: a timer due at each turn fires at least once.
    expect(ticks).toBeGreaterThan(0);
  }, 60_000);
});
