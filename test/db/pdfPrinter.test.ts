import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../db/dispatcher';
import { ArchiveError } from '../../db/errors';
import type { PdfPrinter } from '../../db/export/pdf';
import type { ExportResult } from '../../shared/contract/exports';
import { exportYear, PHONE, YEAR, type ExportYear } from '../helpers/exportYear';

/** What the host's printer was handed: the HTML's text and the files beside it, read while they exist. */
interface Printed {
  html: string;
  beside: string[];
}

let y: ExportYear;
const printed: Printed[] = [];
/**
 * A printer that lays the HTML out its own simple way: the cover and its back, then one page per
 * element with an id (the parts the contents link to), each written as a named destination, as
 * Chromium writes them.
 */
const fakePrinter: PdfPrinter = async (htmlFile) => {
  const html = fs.readFileSync(htmlFile, 'utf8');
  printed.push({ html, beside: fs.readdirSync(path.dirname(htmlFile)) });
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.addPage();
  const dests: Record<string, PDFObject> = {};
  for (const [, id] of html.matchAll(/ id="([^"]+)"/g)) {
    const page = pdf.addPage();
    dests[id] = pdf.context.obj([page.ref, PDFName.of('XYZ'), 0, 800, 0]);
  }
  pdf.catalog.set(PDFName.of('Dests'), pdf.context.obj(dests));
  return Buffer.from(await pdf.save());
};
let dispatch: Dispatch;
let chromiumBefore: string | undefined;

beforeAll(async () => {
  y = await exportYear();
  dispatch = createDispatcher(y.t.archive, { printPdf: fakePrinter });
  // Were headless Chromium started instead of the injected printer, it would fail loudly.
  chromiumBefore = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
}, 120_000);
afterAll(() => {
  if (chromiumBefore === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = chromiumBefore;
  y.t.close();
});

describe('PDF through the printer the host injects', () => {
  it('prints the volume’s HTML with its photos beside it and writes the printer’s bytes', async () => {
    const r = await dispatch('export.volume', { year: YEAR, format: 'pdf' });
    expect(r.ok).toBe(true);
    const file = (r.ok ? (r.value as ExportResult) : undefined)!.files[0];
    expect(file.name).toBe(`${YEAR}年度履职档案.pdf`);
    // Printed twice: once to find the pages, once with the numbers in; the second agreed.
    const [first, second] = printed.slice(-2);
    expect(first.html).not.toBe(second.html);
    const pdf = await PDFDocument.load(fs.readFileSync(file.path));
    expect(pdf.getTitle()).toBe(
      `${(y.t.archive.db.prepare('SELECT name FROM group_settings').get() as { name: string }).name}${YEAR}年度履职档案`,
    );
    expect(pdf.catalog.has(PDFName.of('Outlines'))).toBe(true);

    const { html, beside } = printed.at(-1)!;
    expect(html).toContain('附录一\u3000委员名册');
    // The fake printer put the first item on the third page ("— 1 —"), the next on the fourth: the contents say so.
    expect(html).toMatch(
      /<td class="n"><span class="pageno">1<\/span><\/td><td class="n"><span class="pageno">1<\/span><\/td>/,
    );
    expect(html).toMatch(
      /<td class="n"><span class="pageno">1<\/span><\/td><td class="n"><span class="pageno">2<\/span><\/td>/,
    );
    expect(html).toContain('138****5678');
    expect(html).not.toContain(PHONE);
    const photos = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(photos).toHaveLength(2);
    for (const src of photos) expect(beside).toContain(src);
  });

  it('prints a member’s file with the same printer', async () => {
    const before = printed.length;
    const r = await dispatch('export.memberFile', { memberId: y.memberId, year: YEAR, format: 'pdf' });
    expect(r.ok).toBe(true);
    // No contents, so no second print.
    expect(printed).toHaveLength(before + 1);
    expect(printed.at(-1)!.html).toContain(`${YEAR}年度履职档案`);
  });

  it('reports the printer’s failure in its own words and writes no file', async () => {
    const failing = createDispatcher(y.t.archive, {
      printPdf: async () => {
        throw new ArchiveError('IO_ERROR', '打印 PDF 超时，未能生成文件。');
      },
    });
    const r = await failing('export.volume', { year: YEAR + 1, format: 'pdf' });
    expect(r).toEqual({ ok: false, error: { code: 'IO_ERROR', message: '打印 PDF 超时，未能生成文件。' } });
    expect(fs.existsSync(`${y.t.file}.exports/${YEAR + 1}`)).toBe(false);
  });

  it('leaves Word exports to the docx renderer: the printer is not asked', async () => {
    const before = printed.length;
    const r = await dispatch('export.volume', { year: YEAR, format: 'docx' });
    expect(r.ok).toBe(true);
    expect(printed).toHaveLength(before);
  });
});
