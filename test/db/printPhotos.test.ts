import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PRINT_LONG_SIDE, printablePhoto, printPhotos } from '../../db/export/printPhotos';
import type { Block } from '../../db/export/blocks';

/**
 * A camera-style JPEG: stored 80 × 40 with its left half red and right half blue, and an EXIF
 * orientation of 6 (turn 90° clockwise to view), so upright it is 40 × 80 with red on top.
 */
async function rotatedJpeg(): Promise<Buffer> {
  const half = (r: number, g: number, b: number) =>
    sharp({ create: { width: 40, height: 40, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer();
  return sharp({ create: { width: 80, height: 40, channels: 3, background: '#000' } })
    .composite([
      { input: await half(255, 0, 0), left: 0, top: 0 },
      { input: await half(0, 0, 255), left: 40, top: 0 },
    ])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toBuffer();
}

const pixel = async (jpeg: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at], data[at + 1], data[at + 2]];
};

describe('photos as the volume prints them', () => {
  it('turns a photo upright by its EXIF orientation, leaving no tag for Word to ignore', async () => {
    const original = await rotatedJpeg();
    const before = await sharp(original).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([80, 40, 6]);
    const { data, type } = await printablePhoto(original);
    const after = await sharp(data).metadata();
    expect(type).toBe('jpg');
    expect([after.width, after.height]).toEqual([40, 80]);
    expect(after.orientation ?? 1).toBe(1);
    // Upright, the red half is on top and the blue half below.
    const [r1, , b1] = await pixel(data, 20, 10);
    const [r2, , b2] = await pixel(data, 20, 70);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });

  it('scales a large photo to the print size on its long side, and keeps a small upright JPEG as it is', async () => {
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const scaled = await sharp((await printablePhoto(big)).data).metadata();
    expect([scaled.width, scaled.height]).toEqual([PRINT_LONG_SIDE, 1200]);
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    expect((await printablePhoto(small)).data.equals(small)).toBe(true);
  });

  it('prepares each photo once for the blocks and never changes the original bytes', async () => {
    const original = await rotatedJpeg();
    const copy = Buffer.from(original);
    let reads = 0;
    const photo = { id: 1, name: 'a.jpg', caption: '委员实地察看', sha256: 'x'.repeat(64), type: 'jpg' as const };
    const blocks: Block[] = [
      { kind: 'photos', photos: [photo] },
      { kind: 'photos', photos: [photo] },
    ];
    const ready = await printPhotos(blocks, () => {
      reads++;
      return original;
    });
    expect(reads).toBe(1);
    expect(original.equals(copy)).toBe(true);
    const meta = await sharp(ready.bytes(photo.sha256)).metadata();
    expect([meta.width, meta.height]).toEqual([40, 80]);
    expect(ready.blocks[0]).toEqual(blocks[0]);
  });
});
