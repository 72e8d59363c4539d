import type { Block } from './blocks';
import type { PdfPrinter } from './pdf';
import { renderPdf, type PdfMeta } from './pdfDocument';
import type { PhotoBytes } from './photos';
import { renderDocxOffThread } from './worker/offThread';

/** The blocks in the format the clerk chose: PDF from the host's printer, or Word made on the export worker. */
export function renderDocument(
  format: 'docx' | 'pdf',
  blocks: Block[],
  bytes: PhotoBytes,
  meta: PdfMeta & { grid?: 'official' | 'none' },
  print: PdfPrinter,
): Promise<Buffer> {
  const { grid, ...pdfMeta } = meta;
  return format === 'pdf'
    ? renderPdf(blocks, bytes, pdfMeta, print)
    : renderDocxOffThread(blocks, bytes, { title: meta.title, grid });
}
