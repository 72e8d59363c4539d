import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Block, ContentsEntry, PageMap } from './blocks';
import { renderHtml } from './htmlRender';
import type { PdfPrinter } from './pdf';
import { setMetadata, setOutline, type PdfMetadata } from './pdfOutline';
import { pageMap, samePages } from './pdfPages';
import type { Photo, PhotoBytes } from './photos';

/** A layout that has not settled after this many prints is refused rather than printed wrong. */
const MAX_PRINTS = 4;

export type PdfMeta = Pick<PdfMetadata, 'title'> & Partial<PdfMetadata>;

/**
 * Blocks → PDF: the print HTML and the photos it shows are written to a temporary folder (photos
 * as files, not inline, so a year of photos does not make one huge page), the host's printer prints it.
 * A volume with a 卷内目录 is printed twice: once to find the page every entry starts on, then with
 * those numbers filled into cells of fixed width; the second print is read back and must agree
 * (else it is printed again with what it says). The PDF then gets a bookmark per entry and its
 * metadata.
 */
export async function renderPdf(blocks: Block[], bytes: PhotoBytes, meta: PdfMeta, print: PdfPrinter): Promise<Buffer> {
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
    const printWith = async (pages?: PageMap) => {
      fs.writeFileSync(html, renderHtml(blocks, photoSrc, meta, pages));
      return PDFDocument.load(await print(html), { updateMetadata: false });
    };
    const entries: ContentsEntry[] = blocks.flatMap((b) => (b.kind === 'contents' ? b.entries : []));
    const anchors = entries.map((e) => e.anchor);
    // The cover and its blank back are not numbered.
    const unnumbered = blocks.some((b) => b.kind === 'cover') ? 2 : 0;
    let pdf = await printWith();
    if (anchors.length) {
      let pages = pageMap(pdf, anchors, unnumbered);
      for (let n = 2; ; n++) {
        pdf = await printWith(pages);
        const again = pageMap(pdf, anchors, unnumbered);
        if (samePages(pages, again)) break;
        if (n >= MAX_PRINTS) throw new Error('卷内目录的页码排版后仍在变动，未能生成 PDF');
        pages = again;
      }
      setOutline(
        pdf,
        entries.map((e) => ({
          title: e.item ? `${e.item.itemNo} ${e.title}` : e.title,
          page: pages.start.get(e.anchor)! + unnumbered - 1,
        })),
      );
    }
    setMetadata(pdf, {
      author: meta.author ?? '',
      subject: meta.subject ?? meta.title,
      keywords: meta.keywords ?? [],
      created: meta.created ?? new Date(),
      title: meta.title,
    });
    return Buffer.from(await pdf.save());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
