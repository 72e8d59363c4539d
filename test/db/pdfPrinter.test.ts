import fs from 'node:fs';
import path from 'node:path';
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
const fakePrinter: PdfPrinter = async (htmlFile) => {
  printed.push({ html: fs.readFileSync(htmlFile, 'utf8'), beside: fs.readdirSync(path.dirname(htmlFile)) });
  return Buffer.from(`%PDF-fake ${printed.length}`);
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
    expect(fs.readFileSync(file.path).toString()).toBe(`%PDF-fake ${printed.length}`);

    const { html, beside } = printed.at(-1)!;
    expect(html).toContain('一、委员名册');
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
