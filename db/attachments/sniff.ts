/**
 * What a file's first bytes say it is, for the types whose content the app relies on: photos are
 * shown as thumbnails and printed into the volume, PDFs are opened by the clerk. Null when the
 * bytes are none of these.
 */
export function sniffType(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return 'image/png';
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return 'image/gif';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (b.length >= 14 && b.toString('latin1', 0, 2) === 'BM') return 'image/bmp';
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

/** Declared types whose content is checked; any other type is stored as it comes. */
export const isCheckedType = (mime: string) => mime.startsWith('image/') || mime === 'application/pdf';
