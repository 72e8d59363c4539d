import jpeg from 'jpeg-js';
import type { Rng } from '../../db/demo/random';

/** JPEG bytes per pixel at quality 90 with the noise below, measured; sizes the photo to `bytes`. */
const BYTES_PER_PIXEL = 0.98;

/**
 * A JPEG of about `bytes` bytes, as a phone takes them: a colour gradient under sensor-like noise,
 * so it neither compresses away (a real photo does not) nor repeats across seeds. Width 4:3.
 * JPEG because a phone's photos are: Chromium embeds a JPEG's bytes in the PDF as they are and
 * re-encodes a PNG, so a PNG stand-in would time a case clerks rarely have. Either way Chromium
 * spends about half a second on each distinct 2 MB photo when it prints.
 */
export function syntheticPhoto(rng: Rng, bytes: number): Buffer {
  const pixels = bytes / BYTES_PER_PIXEL;
  const width = Math.max(16, Math.round(Math.sqrt((pixels * 4) / 3)));
  const height = Math.max(12, Math.round(pixels / width));
  const data = Buffer.alloc(width * height * 4, 255);
  const tint = [rng.int(40, 200), rng.int(40, 200), rng.int(40, 200)];
  let state = Math.floor(rng.next() * 0xffffffff) | 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        // xorshift32: fast per-pixel noise, seeded from the archive's generator.
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const base = tint[c] + ((x + y) * 60) / (width + height);
        data[(y * width + x) * 4 + c] = Math.max(0, Math.min(255, base + ((state >>> 24) - 128) / 4));
      }
    }
  }
  return jpeg.encode({ data, width, height }, 90).data;
}
