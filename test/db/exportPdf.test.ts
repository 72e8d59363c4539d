import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearItems } from '../../db/filing/yearItems';
import { chromiumPath } from '../../db/export/pdf';
import { exportYear, mustName, PHONE, YEAR, type ExportYear } from '../helpers/exportYear';

const hasChromium = fs.existsSync(chromiumPath());
if (!hasChromium) console.log(`跳过 PDF 测试：没有找到 Chromium（${chromiumPath()}）`);

/** pdftotext wraps long lines; compare with all white space removed. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The PDF's outline: each entry's title and 0-based page. */
function bookmarks(pdf: PDFDocument): { title: string; page: number }[] {
  const pages = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i]));
  const root = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (!(root instanceof PDFDict)) return [];
  const out: { title: string; page: number }[] = [];
  let node = root.lookup(PDFName.of('First'));
  while (node instanceof PDFDict) {
    const title = node.lookup(PDFName.of('Title'));
    const dest = node.lookup(PDFName.of('Dest'));
    const ref = dest instanceof PDFArray ? dest.get(0) : undefined;
    out.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      page: ref instanceof PDFRef ? (pages.get(ref.toString()) ?? -1) : -1,
    });
    node = node.lookup(PDFName.of('Next'));
  }
  return out;
}

describe.skipIf(!hasChromium)('export as PDF (headless Chromium)', () => {
  let y: ExportYear;
  let file: string;
  beforeAll(async () => {
    y = await exportYear();
    const started = Date.now();
    const r = await y.t.must('export.volume', { year: YEAR, format: 'pdf' });
    console.log(`PDF 年度档案：${r.files[0].bytes} 字节，${Date.now() - started} ms`);
    file = r.files[0].path;
  }, 300_000);
  afterAll(() => y.t.close());

  /** One page's text (1-based physical page), white space removed. */
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'])
      .toString()
      .replace(/\s+/g, '');

  it('prints the volume with every member and every held activity, numbers masked', async () => {
    expect(file.endsWith(`${YEAR}年度履职档案.pdf`)).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    const { members, activities } = await mustName(y.t);
    for (const name of members) expect(text).toContain(squeeze(`${name}委员${YEAR}年度履职档案`));
    for (const title of activities) expect(text).toContain(squeeze(title));
    for (const h of ['卷内目录', '附录一委员名册', '附录三“八个一”履职完成情况', '附录六委员履职档案', '备考表'])
      expect(text).toContain(h);
    expect(text).toContain('138****5678');
    expect(text).not.toContain(PHONE);
    expect(text).toMatch(/—\d+—/);
    // The activity's two photos are in the PDF as images (a broken image would print as a blank box).
    const images = execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n').slice(2);
    expect(images.filter((l) => /\s160\s+120\s/.test(l))).toHaveLength(2);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeGreaterThan(members.length);
  });

  it('numbers the 卷内目录 with the true pages: each entry’s title stands on the page it names, and its page count fits', async () => {
    const pdf = await PDFDocument.load(fs.readFileSync(file));
    const items = yearItems(y.t.archive.db, YEAR);
    const outline = bookmarks(pdf);
    expect(outline.length).toBeGreaterThan(items.length);
    // The contents as drawn, cell after cell (件号 档号 文号 责任者 题名 日期 页数 页号 备注), up to the first item.
    const contentsText = execFileSync('pdftotext', ['-raw', '-f', '3', '-l', String(outline[0].page), file, '-'])
      .toString()
      .replace(/\s+/g, '');
    for (const [i, it] of items.entries()) {
      const mark = outline[i];
      expect(mark.title).toBe(`${String(it.itemNo).padStart(4, '0')} ${it.title}`);
      const printed = mark.page - 1; // the cover and its back are not numbered: physical page 3 is "— 1 —"
      const page = pageText(mark.page + 1);
      expect(page, it.title).toContain(squeeze(it.title));
      expect(page).toContain(`—${printed}—`);
      // Its 归档章 stands on that page too: 年度, 件号, 保管期限.
      for (const v of [String(YEAR), String(it.itemNo).padStart(4, '0'), it.retentionLabel]) expect(page).toContain(v);
      // The contents print the same numbers in the item's row: 题名, 日期 (8 digits), 页数, 页号.
      const count = outline[i + 1].page - mark.page;
      expect(contentsText).toContain(`${squeeze(it.title)}${it.date.replaceAll('-', '')}${count}${printed}`);
    }
  });

  it('gives the PDF a bookmark per contents entry, and its metadata', async () => {
    const pdf = await PDFDocument.load(fs.readFileSync(file));
    const outline = bookmarks(pdf);
    expect(outline.at(-1)?.title).toBe('备考表');
    expect(outline.at(-1)?.page).toBe(pdf.getPageCount() - 1);
    const info = execFileSync('pdfinfo', [file]).toString();
    const group = (y.t.archive.db.prepare('SELECT name FROM group_settings').get() as { name: string }).name;
    expect(info).toMatch(new RegExp(`Title:\\s+${group}${YEAR}年度履职档案`));
    expect(info).toMatch(new RegExp(`Author:\\s+${group}`));
    expect(info).toMatch(/Subject:\s+\S/);
    expect(info).toMatch(/Keywords:\s+\S*履职档案/);
    expect(info).toMatch(/CreationDate:\s+\S/);
    expect(info).toMatch(/ModDate:\s+\S/);
  });

  it('prints the cover’s filing facts and the 备考表 with counts, gaps, signatures and the package digest line', () => {
    const items = yearItems(y.t.archive.db, YEAR);
    const cover = pageText(1);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    for (const v of [
      '全宗名称',
      '年度',
      '起止日期',
      '保管期限',
      '件数',
      `${items.length}件`,
      '页数',
      String(pages),
      '档号',
      '届次',
    ])
      expect(cover).toContain(v);
    expect(cover).toContain(items[0].archivalCode.replace(/\s+/g, ''));
    const notes = pageText(pages);
    for (const v of [
      '备考表',
      `本卷共${items.length}件`,
      `${pages}页`,
      '照片2张',
      '缺少或待补',
      '立卷人',
      '检查人',
      '日期',
      'SHA-256',
    ])
      expect(notes).toContain(v);
  });

  it('prints one member’s file', async () => {
    const r = await y.t.must('export.memberFile', { memberId: y.memberId, year: YEAR, format: 'pdf' });
    const text = pdfText(r.files[0].path);
    const f = await y.t.must('members.dutyFile', { memberId: y.memberId, year: YEAR });
    expect(text).toContain(`${f.member.name}委员${YEAR}年度履职档案`);
    for (const a of f.activities) expect(text).toContain(squeeze(a.title));
  }, 120_000);

  it('says in Chinese that Chromium is missing, and writes no file', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const r = await y.t.call('export.memberFile', { memberId: y.memberId, year: YEAR + 1, format: 'pdf' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('找不到 Chromium 浏览器');
      expect(fs.existsSync(`${y.t.file}.exports/${YEAR + 1}`)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
