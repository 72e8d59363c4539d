import { unzipSync } from 'fflate';
import { memorySink, ZipWriter } from '../zipWriter';
import type { Photo, PhotoBytes } from './photos';

/**
 * Photos go into the Word file after docx has packed it. Given a photo's bytes, docx would take a
 * SHA-1 of them in JavaScript to tell images apart and DEFLATE them, also in JavaScript, though a
 * JPEG or PNG does not shrink: two thirds of the time of a volume with a year's photos. So docx is
 * given a stand-in per photo, its SHA-256 in hex (docx names and numbers the media itself), and
 * each stand-in found under word/media/ is replaced by its photo, stored uncompressed as Word
 * itself stores media.
 */
export class DocxMedia {
  /** Photo bytes by SHA-256, each read once however often it is shown. */
  private readonly photos = new Map<string, Buffer>();

  constructor(private readonly bytes: PhotoBytes) {}

  /** The photo's bytes, and the stand-in to give docx for them. */
  add(photo: Pick<Photo, 'sha256'>): { photo: Buffer; standIn: Buffer } {
    const bytes = this.photos.get(photo.sha256) ?? this.bytes(photo.sha256);
    this.photos.set(photo.sha256, bytes);
    return { photo: bytes, standIn: Buffer.from(photo.sha256, 'latin1') };
  }

  /**
   * The packed document with every stand-in replaced by its photo, stored; the rest deflated again,
   * by native zlib (fflate's JavaScript deflate of a year's document.xml took a third of a second).
   * `replace` puts other parts in place of docx's own (the font table); `edit` rewrites a part's text.
   */
  fill(
    packed: Uint8Array,
    replace: Record<string, Uint8Array> = {},
    edit: Record<string, (xml: string) => string> = {},
  ): Buffer {
    const sink = memorySink();
    const zip = new ZipWriter(sink, new Date());
    for (const [name, data] of Object.entries(unzipSync(packed))) {
      const photo = name.startsWith('word/media/') ? this.photos.get(Buffer.from(data).toString('latin1')) : undefined;
      const edited = edit[name] ? Buffer.from(edit[name](Buffer.from(data).toString('utf8')), 'utf8') : undefined;
      zip.add(name, photo ?? replace[name] ?? edited ?? data, photo !== undefined);
    }
    zip.finish();
    return sink.bytes();
  }
}
