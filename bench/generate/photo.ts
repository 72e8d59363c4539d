import zlib from 'node:zlib';
import type { Rng } from '../../db/demo/random';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of about `bytes` bytes: a colour gradient under sensor-like noise, so it neither
 * compresses away (a real photo does not) nor repeats across seeds. Width 4:3 like a phone photo.
 */
export function syntheticPhoto(rng: Rng, bytes: number): Buffer {
  const width = Math.max(16, Math.round(Math.sqrt((bytes / 3) * (4 / 3))));
  const height = Math.max(12, Math.round(bytes / 3 / width));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const tint = [rng.int(40, 200), rng.int(40, 200), rng.int(40, 200)];
  let state = Math.floor(rng.next() * 0xffffffff) | 1;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        // xorshift32: fast per-pixel noise, seeded from the archive's generator.
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const base = tint[c] + ((x + y) * 60) / (width + height);
        raw[row + 1 + x * 3 + c] = Math.max(0, Math.min(255, base + ((state >>> 24) - 128)));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
