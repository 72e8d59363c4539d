import { strFromU8, unzipSync, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../db/export/pdf';
import { namedPages } from '../../db/export/pdfPages';
import { sha256Hex, sm3Hex } from '../../db/package/digests';
import { tempDir, testArchive, type TestArchive } from '../helpers/archive';
import { missingTool } from '../helpers/tools';
import { buildPackageYear } from './packageFixture';

const YEAR = 2025;
const noChromium = missingTool('Chromium', chromiumPath());
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const json = (files: Record<string, Uint8Array>, name: string) => JSON.parse(strFromU8(files[name]));
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

interface Entry {
  档号: string;
  日期: string;
  题名: string;
  页数: number | null;
  备注: string;
}

/** Rewrites SM3SUMS, SHA256SUMS and the manifest's entry of each changed file, as a careful forger would. */
async function forged(files: Record<string, Uint8Array>, changed: Record<string, Uint8Array>): Promise<Uint8Array> {
  const out = { ...files, ...changed };
  const manifest = JSON.parse(strFromU8(out['manifest.json']));
  for (const [p, bytes] of Object.entries(changed)) {
    const entry = manifest.files.find((f: { path: string }) => f.path === p);
    Object.assign(entry, { size: bytes.length, sha256: sha256Hex(bytes), sm3: await sm3Hex(bytes) });
  }
  out['manifest.json'] = utf8(`${JSON.stringify(manifest, null, 2)}\n`);
  const sums = async (skip: string[], digest: (b: Uint8Array) => string | Promise<string>) => {
    const lines: string[] = [];
    for (const n of Object.keys(out)
      .filter((n) => !skip.includes(n))
      .sort())
      lines.push(`${await digest(out[n])}  ${n}\n`);
    return utf8(lines.join(''));
  };
  out.SM3SUMS = await sums(['SM3SUMS', 'SHA256SUMS'], sm3Hex);
  out.SHA256SUMS = await sums(['SHA256SUMS'], sha256Hex);
  return zipSync(out);
}

describe.skipIf(noChromium)('each item’s own PDF, cut from the printed volume', () => {
  let t: TestArchive;
  let dir: string;
  let files: Record<string, Uint8Array>;
  let volume: Buffer;
  let pkgName: string;
  beforeAll(async () => {
    t = await testArchive();
    await buildPackageYear(t, YEAR);
    await t.must('filing.updateSettings', { fondsCode: 'Z109', filer: '王芳', checker: '李明' });
    const filed = await t.must('filing.record', { year: YEAR });
    const pdf = await t.must('export.volume', { year: YEAR, format: 'pdf' });
    volume = fs.readFileSync(pdf.files[0].path);
    const pkg = await t.must('package.export', {
      year: YEAR,
      includeDocuments: [pdf.files[0].name],
      dataDigest: filed.packageDataDigest,
    });
    pkgName = pkg.name;
    files = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)));
    // Unpacked as the archive room would: Info-ZIP's unzip, then sha256sum -c.
    dir = tempDir('item-pdfs-');
    execFileSync('unzip', ['-q', pkg.file, '-d', dir]);
  }, 300_000);
  afterAll(() => {
    t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('unpacks with unzip, and sha256sum -c passes for every file, the items’ PDFs included', () => {
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    expect(out.every((l) => l.endsWith(': OK'))).toBe(true);
    const catalogue = json(files, 'catalogue/归档文件目录.json');
    for (const e of catalogue.条目 as Entry[]) expect(out).toContain(`items/${e.档号}/${e.档号}.pdf: OK`);
    expect(strFromU8(files.SM3SUMS)).toContain(`items/${catalogue.条目[0].档号}/${catalogue.条目[0].档号}.pdf`);
  });

  it('gives each item folder its PDF, whose page count is the 页数 of its metadata, the catalogue (JSON and xlsx) and the volume', async () => {
    const catalogue = json(files, 'catalogue/归档文件目录.json');
    expect(catalogue.页数说明).toBeNull();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files['catalogue/归档文件目录.xlsx']) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const pdf = await PDFDocument.load(volume);
    const at = namedPages(pdf);
    let sum = 0;
    for (const [i, e] of (catalogue.条目 as Entry[]).entries()) {
      const file = path.join(dir, 'items', e.档号, `${e.档号}.pdf`);
      const pages = pdfPages(file);
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'items', e.档号, 'metadata.json'), 'utf8'));
      expect(pages).toBeGreaterThan(0);
      expect(meta.页数).toBe(pages);
      expect(meta.备注).toBeNull();
      expect(e.页数).toBe(pages);
      expect(e.备注).toBe('');
      expect(sheet.getRow(i + 2).getCell(8).value).toBe(pages);
      expect(meta.文件[0]).toMatchObject({
        计算机文件名: `${e.档号}.pdf`,
        格式: 'PDF（application/pdf）',
        大小: fs.statSync(file).size,
      });
      // Its first page carries its 题名 and its 归档章 (全宗号, 年度, 件号).
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString().replace(/\s+/g, '');
      expect(first).toContain(e.题名.replace(/\s+/g, '').slice(0, 12));
      expect(first).toContain(`Z109${YEAR}${e.档号.slice(-4)}`);
      sum += pages;
    }
    // The volume's own 卷内目录 prints the same 页数 in each item's row (题名, 日期, 页数).
    const starts = [...at.entries()].filter(([k]) => k.startsWith('item-')).map(([, v]) => v);
    const volumeFile = path.join(dir, 'volume', `${YEAR}年度履职档案.pdf`);
    const contents = execFileSync('pdftotext', ['-raw', '-f', '3', '-l', String(Math.min(...starts)), volumeFile, '-'])
      .toString()
      .replace(/\s+/g, '');
    for (const e of catalogue.条目 as Entry[]) {
      expect(contents, e.题名).toContain(`${e.题名.replace(/\s+/g, '')}${e.日期}${e.页数}`);
    }
    // The items fill the volume from the first item's page to the first appendix: all but the
    // cover, its back and the 卷内目录 before, and the appendices and the 备考表 after.
    expect(sum).toBe(at.get('appendix-1')! - Math.min(...starts));
    expect(sum).toBeLessThan(pdf.getPageCount() - 3);
  });

  it('cuts exactly the volume’s pages: an item renders pixel for pixel as its pages in the volume', () => {
    const catalogue = json(files, 'catalogue/归档文件目录.json');
    const e = (catalogue.条目 as Entry[]).find((x) => x.题名 === '视察全镇安全生产工作')!;
    const meta = JSON.parse(strFromU8(files[`items/${e.档号}/metadata.json`]));
    const [, from] = /第 (\d+)[— ]/.exec(meta.文件[0].说明)!;
    const volumeFile = path.join(dir, 'volume', `${YEAR}年度履职档案.pdf`);
    const item = path.join(dir, 'items', e.档号, `${e.档号}.pdf`);
    const page = (n: string, file: string, as: string) => {
      const prefix = path.join(dir, as);
      execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', '-f', n, '-l', n, file, prefix]);
      return fs.readFileSync(`${prefix}.png`);
    };
    const own = page('1', item, 'item-page');
    expect(own.length).toBeGreaterThan(1000);
    expect(own.equals(page(from, volumeFile, 'volume-page'))).toBe(true);
    // and not merely any page: the volume's next page differs.
    expect(own.equals(page(String(Number(from) + 1), volumeFile, 'next-page'))).toBe(false);
  });

  it('is verified, and refuses a forged item PDF or 页数 even with every checksum list rewritten', async () => {
    expect(await t.must('package.verify', { year: YEAR, name: pkgName })).toMatchObject({ ok: true });
    const catalogue = json(files, 'catalogue/归档文件目录.json');
    const [a, b] = (catalogue.条目 as Entry[]).map((e) => e.档号);
    const outside = tempDir('item-pdfs-forged-');
    try {
      const swap = path.join(outside, 'swap.zip');
      fs.writeFileSync(swap, await forged(files, { [`items/${a}/${a}.pdf`]: files[`items/${b}/${b}.pdf`] }));
      const r1 = await t.must('package.verify', { file: swap });
      expect(r1.ok).toBe(false);
      expect(r1.problem).toContain(`items/${a}/${a}.pdf 与包中档案册 PDF 的第`);
      expect(r1.problem).toContain('本件的 PDF 被改动过');

      const meta = json(files, `items/${a}/metadata.json`);
      meta.页数 += 1;
      const pages = path.join(outside, 'pages.zip');
      fs.writeFileSync(
        pages,
        await forged(files, { [`items/${a}/metadata.json`]: utf8(`${JSON.stringify(meta, null, 2)}\n`) }),
      );
      const r2 = await t.must('package.verify', { file: pages });
      expect(r2.ok).toBe(false);
      expect(r2.problem).toContain('metadata.json 中的页数与本件的 PDF 不符');

      const gone = { ...files };
      delete gone[`items/${a}/${a}.pdf`];
      const missing = path.join(outside, 'missing.zip');
      fs.writeFileSync(missing, await forged(gone, {}));
      const r3 = await t.must('package.verify', { file: missing });
      expect(r3.ok).toBe(false);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('a package without a PDF volume says so, and gives no page count', () => {
  let t: TestArchive;
  beforeEach(async () => {
    t = await testArchive();
    await buildPackageYear(t, YEAR);
  });
  afterEach(() => t.close());

  it('leaves 页数 empty with a note in each metadata.json, the catalogue and the README, and still verifies', async () => {
    await t.must('export.volume', { year: YEAR, format: 'docx' });
    const pkg = await t.must('package.export', { year: YEAR, includeDocuments: [`${YEAR}年度履职档案.docx`] });
    const files = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)));
    expect(Object.keys(files).filter((n) => n.startsWith('items/') && n.endsWith('.pdf'))).toEqual([]);
    const catalogue = json(files, 'catalogue/归档文件目录.json');
    expect(catalogue.页数说明).toContain('没有生成 PDF 档案册');
    for (const e of catalogue.条目 as Entry[]) {
      expect(e.页数).toBeNull();
      expect(e.备注).toBe('未生成PDF，页数未填');
      const meta = json(files, `items/${e.档号}/metadata.json`);
      expect(meta.页数).toBeNull();
      expect(meta.备注).toContain('各件未单独生成 PDF，页数未填');
    }
    expect(strFromU8(files['README.txt'])).toContain('注意：本次编印没有生成 PDF 档案册');
    expect(await t.must('package.verify', { year: YEAR, name: pkg.name })).toMatchObject({ ok: true });
  });

  it.skipIf(noChromium)(
    'cuts nothing from a PDF printed before the data changed: no 页数 rather than a wrong one',
    async () => {
      const pdf = await t.must('export.volume', { year: YEAR, format: 'pdf' });
      await t.must('deeds.create', { year: YEAR, title: '后来补录的事迹', happenedOn: `${YEAR}-09-01` });
      const pkg = await t.must('package.export', { year: YEAR, includeDocuments: [pdf.files[0].name] });
      const files = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)));
      expect(Object.keys(files).filter((n) => n.startsWith('items/') && n.endsWith('.pdf'))).toEqual([]);
      const catalogue = json(files, 'catalogue/归档文件目录.json');
      expect(catalogue.页数说明).toContain('不是由本档案包的数据编印的');
      expect((catalogue.条目 as Entry[]).every((e) => e.页数 === null)).toBe(true);
      expect(await t.must('package.verify', { year: YEAR, name: pkg.name })).toMatchObject({ ok: true });
    },
    300_000,
  );
});
