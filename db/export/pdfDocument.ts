import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Block } from './blocks';
import { renderHtml } from './htmlRender';
import type { PdfPrinter } from './pdf';
import type { Photo, PhotoBytes } from './photos';

/**
 * Blocks → PDF: the print HTML and the photos it shows are written to a temporary folder (photos
 * as files, not inline, so a year of photos does not make one huge page), the host's printer prints it.
 */
export async function renderPdf(
  blocks: Block[],
  bytes: PhotoBytes,
  meta: { title: string },
  print: PdfPrinter,
): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-pdf-'));
  try {
    const written = new Set<string>();
    const photoSrc = (p: Photo) => {
      const name = `${p.sha256}.${p.type}`;
      if (!written.has(name)) fs.writeFileSync(path.join(dir, name), bytes(p.sha256));
      written.add(name);
      return name;
    };
    const html = path.join(dir, 'print.html');
    fs.writeFileSync(html, renderHtml(blocks, photoSrc, meta));
    return await print(html);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
