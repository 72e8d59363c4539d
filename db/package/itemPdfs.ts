import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFContext,
  type PDFPage,
} from 'pdf-lib';
import type { FilingItem } from '../../shared/filing';
import { itemAnchor } from '../export/volumeContent';
import { namedPages } from '../export/pdfPages';

/** The volume PDF's file name as `export.volume` writes it (with or without the unmasked suffix). */
const VOLUME_PDF = /^\d{4}年度履职档案.*\.pdf$/;

/**
 * The volume PDF an item's pages are cut from, of the volume files a package holds: the masked one
 * where both are there (its name sorts first), as the 移交清单 counts its pages.
 */
export const volumePdfName = (names: string[]): string | undefined => names.filter((n) => VOLUME_PDF.test(n)).sort()[0];

/** How the volume PDF names the data it was printed from: one of its keywords. */
export const dataDigestKeyword = (digest: string) => `数据摘要:${digest}`;

/** An item's own PDF file in its folder: named by its 档号. */
export const itemPdfName = (item: Pick<FilingItem, 'archivalCode'>) => `${item.archivalCode}.pdf`;

/** A page's content streams as text (PDF operators are ASCII; strings kept byte for byte). */
function contentText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  return streams
    .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''))
    .join('\n');
}

/**
 * What a page's content uses: every resource name (/F12 Tf, /Im3 Do, /G5 gs …), and per font the
 * one-byte codes shown with it (Skia writes them as hex strings); `all` for a font shown with a
 * literal string, whose codes are not read here.
 */
function used(text: string): { names: Set<string>; codes: Map<string, Set<number> | 'all'> } {
  const names = new Set<string>();
  const codes = new Map<string, Set<number> | 'all'>();
  let font = '';
  const token = /\/([^\s/[\]()<>{}%]+)(\s+[-+\d.]+\s+Tf)?|<([0-9A-Fa-f\s]*)>|\((?:\\.|[^\\)])*\)/g;
  for (const m of text.matchAll(token)) {
    if (m[1] !== undefined) {
      names.add(m[1]);
      if (m[2]) font = m[1];
      continue;
    }
    if (!font) continue;
    if (m[3] === undefined) {
      codes.set(font, 'all');
      continue;
    }
    const set = codes.get(font) ?? new Set<number>();
    if (set === 'all') continue;
    const hex = m[3].replace(/\s/g, '');
    for (let i = 0; i + 1 < hex.length; i += 2) set.add(parseInt(hex.slice(i, i + 2), 16));
    codes.set(font, set);
  }
  return { names, codes };
}

/** A Type 3 font with only the glyphs of the given codes (CharProcs named by its /Differences). */
function withGlyphs(ctx: PDFContext, font: PDFDict, codes: Set<number>): PDFDict {
  const procs = font.lookup(PDFName.of('CharProcs'));
  const encoding = font.lookup(PDFName.of('Encoding'));
  const differences = encoding instanceof PDFDict ? encoding.lookup(PDFName.of('Differences')) : undefined;
  if (!(procs instanceof PDFDict) || !(differences instanceof PDFArray)) return font;
  const keep = new Set<string>();
  let code = 0;
  for (const d of differences.asArray()) {
    if (d instanceof PDFNumber) code = d.asNumber();
    else if (d instanceof PDFName) {
      if (codes.has(code)) keep.add(d.decodeText());
      code++;
    }
  }
  const subset = ctx.obj({});
  for (const [name, proc] of procs.entries()) if (keep.has(name.decodeText())) subset.set(name, proc);
  const own = font.clone(ctx);
  own.set(PDFName.of('CharProcs'), subset);
  return own;
}

/**
 * Gives the page resources of its own holding only what its content uses. Chromium gives every
 * page one resource dictionary naming every font of the volume, each a Type 3 font of up to 256
 * glyphs: copied as they are, a one-page item would carry the whole volume's glyphs (≈ 400 KB).
 * Each font the page uses keeps the glyphs the page shows.
 */
function ownResources(page: PDFPage): void {
  const resources = page.node.Resources();
  if (!resources) return;
  const { names, codes } = used(contentText(page));
  const ctx = page.doc.context;
  const own = ctx.obj({});
  for (const [key, value] of resources.entries()) {
    const category = ctx.lookup(value);
    if (!(category instanceof PDFDict)) {
      own.set(key, value);
      continue;
    }
    const kept = ctx.obj({});
    for (const [name, entry] of category.entries()) {
      if (!names.has(name.decodeText())) continue;
      const font = key === PDFName.of('Font') ? ctx.lookup(entry) : undefined;
      const shown = codes.get(name.decodeText());
      const type3 = font instanceof PDFDict && font.lookup(PDFName.of('Subtype')) === PDFName.of('Type3');
      kept.set(name, type3 && shown instanceof Set ? ctx.register(withGlyphs(ctx, font, shown)) : entry);
    }
    own.set(key, kept);
  }
  page.node.set(PDFName.of('Resources'), own);
}

export interface ItemPdf {
  bytes: Uint8Array;
  /** Pages of the item: its 页数. */
  pages: number;
  /** 1-based pages of the volume PDF it was cut from. */
  from: number;
  to: number;
}

/** Each item's PDF by 档号, or why none was made (then no item has one and no 页数 is given). */
export type ItemPdfs = { ok: true; byCode: Map<string, ItemPdf> } | { ok: false; reason: string };

const NO_PDF =
  '本次编印没有生成 PDF 档案册（电脑上没有可用的 PDF 打印程序，如未安装 Chromium），各件未单独生成 PDF，页数未填；各件的内容见 Word 版档案册。';

/**
 * Each item's own PDF, cut out of the compiled volume PDF with pdf-lib: exactly the volume's pages
 * from the item's 归档章 to the page before the next part (the next item, or the first appendix),
 * the same range whose count the 归档章 and the 卷内目录 print as 页数 (both read from the same
 * named destinations, `pdfPages.ts`). A volume printed from other data than the package's (its
 * keywords name the data digest), or one without the items' destinations, gives no item PDFs and
 * says why: never a page count that might be wrong. The same volume bytes always give the same
 * item bytes, so a package's item PDFs can be checked by cutting them again.
 */
export async function itemPdfs(
  volume: Uint8Array | undefined,
  items: FilingItem[],
  dataDigest: string,
): Promise<ItemPdfs> {
  if (!volume) return { ok: false, reason: NO_PDF };
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(volume, { updateMetadata: false });
  } catch {
    return { ok: false, reason: '档案册 PDF 无法读取，各件未单独生成 PDF，页数未填。' };
  }
  if (!(pdf.getKeywords() ?? '').split(' ').includes(dataDigestKeyword(dataDigest)))
    return {
      ok: false,
      reason:
        '档案册 PDF 不是由本档案包的数据编印的（生成 PDF 之后档案有改动，或 PDF 来自别处），各件未单独生成 PDF，页数未填；请重新编印后再打包。',
    };
  const at = namedPages(pdf);
  const starts = items.map((it) => at.get(itemAnchor(it)));
  // The part after the last item: the first appendix, which every volume has.
  const end = at.get('appendix-1') ?? pdf.getPageCount();
  if (starts.some((s) => s === undefined) || starts.some((s, i) => s! >= (starts[i + 1] ?? end)))
    return {
      ok: false,
      reason: '档案册 PDF 中找不到各件的起始页（不是本程序编印的 PDF），各件未单独生成 PDF，页数未填。',
    };
  for (let p = starts[0] ?? end; p < end; p++) ownResources(pdf.getPage(p));
  const byCode = new Map<string, ItemPdf>();
  const created = pdf.getCreationDate() ?? new Date(0);
  for (const [i, item] of items.entries()) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? end;
    const own = await PDFDocument.create({ updateMetadata: false });
    for (const page of await own.copyPages(
      pdf,
      Array.from({ length: to - from }, (_, n) => from + n),
    ))
      own.addPage(page);
    own.setTitle(item.title, { showInWindowTitleBar: true });
    own.setAuthor(item.responsible);
    own.setSubject(`${item.archivalCode}（${item.retentionLabel}）`);
    own.setKeywords(['归档文件', item.archivalCode, dataDigestKeyword(dataDigest)]);
    own.setCreator('政协联络组履职档案');
    own.setProducer('政协联络组履职档案（由档案册 PDF 按件拆分）');
    own.setCreationDate(created);
    own.setModificationDate(created);
    own.setLanguage('zh-CN');
    byCode.set(item.archivalCode, { bytes: await own.save(), pages: to - from, from: from + 1, to });
  }
  return { ok: true, byCode };
}
