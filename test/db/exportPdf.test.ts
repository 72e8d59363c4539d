import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../db/export/pdf';
import { exportYear, mustName, PHONE, YEAR, type ExportYear } from '../helpers/exportYear';

const hasChromium = fs.existsSync(chromiumPath());
if (!hasChromium) console.log(`跳过 PDF 测试：没有找到 Chromium（${chromiumPath()}）`);

/** pdftotext wraps long lines; compare with all white space removed. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!hasChromium)('export as PDF (headless Chromium)', () => {
  let y: ExportYear;
  beforeAll(async () => {
    y = await exportYear();
  }, 120_000);
  afterAll(() => y.t.close());

  it('prints the volume with every member and every held activity, numbers masked', async () => {
    const started = Date.now();
    const r = await y.t.must('export.volume', { year: YEAR, format: 'pdf' });
    console.log(`PDF 年度档案：${r.files[0].bytes} 字节，${Date.now() - started} ms`);
    const file = r.files[0].path;
    expect(file.endsWith(`${YEAR}年度履职档案.pdf`)).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    const { members, activities } = await mustName(y.t);
    for (const name of members) expect(text).toContain(squeeze(`${name}委员${YEAR}年度履职档案`));
    for (const title of activities) expect(text).toContain(squeeze(title));
    for (const h of ['一、委员名册', '四、“八个一”履职完成情况', '八、半年小结与年度总结', '附：委员履职档案'])
      expect(text).toContain(h);
    expect(text).toContain('138****5678');
    expect(text).not.toContain(PHONE);
    expect(text).toMatch(/—\d+—/);
    // The activity's two photos are in the PDF as images (a broken image would print as a blank box).
    const images = execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n').slice(2);
    expect(images.filter((l) => /\s160\s+120\s/.test(l))).toHaveLength(2);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeGreaterThan(members.length);
  }, 180_000);

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
