import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';
import type { PageMap } from './blocks';

/**
 * Where each anchor of the print HTML landed: Chromium writes every element a link points to as a
 * named destination (the catalogue's /Dests, or the /Dests name tree), [page /XYZ x y z]. Read
 * back, they give each part's page, whichever Chromium printed it (headless or Electron's).
 * Returns 0-based page indexes by anchor.
 */
export function namedPages(pdf: PDFDocument): Map<string, number> {
  const pageIndex = new Map<string, number>();
  pdf.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i));
  const found = new Map<string, number>();
  const take = (name: string, dest: unknown) => {
    const arr = dest instanceof PDFDict ? dest.lookup(PDFName.of('D')) : dest;
    if (!(arr instanceof PDFArray)) return;
    const page = arr.get(0);
    if (page instanceof PDFRef && pageIndex.has(page.toString())) found.set(name, pageIndex.get(page.toString())!);
  };
  const dests = pdf.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict)
    for (const [key, value] of dests.entries()) take(key.decodeText(), pdf.context.lookup(value));
  const names = pdf.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const walk = (node: unknown) => {
    if (!(node instanceof PDFDict)) return;
    const leaves = node.lookup(PDFName.of('Names'));
    if (leaves instanceof PDFArray)
      for (let i = 0; i + 1 < leaves.size(); i += 2) {
        const key = leaves.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) take(key.decodeText(), leaves.lookup(i + 1));
      }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i));
  };
  walk(tree);
  return found;
}

/**
 * The volume's page numbers from a print: page n as printed ("— n —") is the PDF's page
 * `n + unnumbered - 1` (the cover and its blank back are not numbered). A part runs to the page
 * before the next part in document order; the last to the end. `total` counts every page, cover included.
 */
export function pageMap(pdf: PDFDocument, anchors: string[], unnumbered: number): PageMap {
  const at = namedPages(pdf);
  const missing = anchors.filter((a) => !at.has(a));
  if (missing.length)
    throw new Error(`打印出的 PDF 中找不到 ${missing.length} 处目录条目（${missing.slice(0, 3).join('、')}）`);
  const pages = pdf.getPageCount();
  const start = new Map<string, number>();
  const count = new Map<string, number>();
  anchors.forEach((a, i) => {
    const from = at.get(a)!;
    const to = i + 1 < anchors.length ? at.get(anchors[i + 1])! : pages;
    start.set(a, from - unnumbered + 1);
    count.set(a, Math.max(1, to - from));
  });
  return { start, count, total: pages };
}

export const samePages = (a: PageMap, b: PageMap) =>
  a.total === b.total &&
  [...a.start].every(([k, v]) => b.start.get(k) === v) &&
  [...a.count].every(([k, v]) => b.count.get(k) === v);
