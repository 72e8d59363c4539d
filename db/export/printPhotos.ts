import sharp from 'sharp';
import type { Block } from './blocks';
import type { Photo, PhotoBytes } from './photos';

/** About 270 dpi over the 156 mm text block: sharper than any printer needs, a fraction of a camera's file. */
export const PRINT_LONG_SIDE = 1600;
const JPEG_QUALITY = 85;

/**
 * A photo as the page shows it: turned upright by its EXIF orientation (Word ignores the tag, a
 * browser honours it: both now get the pixels already turned), and scaled down to
 * PRINT_LONG_SIDE pixels on its long side, as JPEG. A JPEG or PNG already upright and small enough is
 * used as it is. The attachment itself, in the archive and in the package, is never changed.
 */
export async function printablePhoto(original: Buffer): Promise<{ data: Buffer; type: Photo['type'] }> {
  const image = sharp(original, { failOn: 'none' });
  const meta = await image.metadata();
  const upright = !meta.orientation || meta.orientation === 1;
  const longSide = Math.max(meta.width ?? 0, meta.height ?? 0);
  if ((meta.format === 'jpeg' || meta.format === 'png') && upright && longSide <= PRINT_LONG_SIDE)
    return { data: original, type: meta.format === 'png' ? 'png' : 'jpg' };
  const data = await image
    .rotate()
    .resize({ width: PRINT_LONG_SIDE, height: PRINT_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: false })
    .toBuffer();
  return { data, type: 'jpg' };
}

/**
 * The blocks with every photo made printable once (however often it is shown), and the reader
 * of the printable bytes, keyed as before by the original's SHA-256. A photo sharp cannot read
 * is printed from its original bytes.
 */
export async function printPhotos(blocks: Block[], bytes: PhotoBytes): Promise<{ blocks: Block[]; bytes: PhotoBytes }> {
  const ready = new Map<string, { data: Buffer; type: Photo['type'] }>();
  for (const b of blocks) {
    if (b.kind !== 'photos') continue;
    for (const p of b.photos) {
      if (ready.has(p.sha256)) continue;
      const original = bytes(p.sha256);
      ready.set(p.sha256, await printablePhoto(original).catch(() => ({ data: original, type: p.type })));
    }
  }
  return {
    blocks: blocks.map((b) =>
      b.kind === 'photos'
        ? { ...b, photos: b.photos.map((p) => ({ ...p, type: ready.get(p.sha256)?.type ?? p.type })) }
        : b,
    ),
    bytes: (sha256) => ready.get(sha256)?.data ?? bytes(sha256),
  };
}
