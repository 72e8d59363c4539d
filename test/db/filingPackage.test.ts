import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { collectYear } from '../../db/export/yearModel';
import { sha256Hex, sm3Hex } from '../../db/package/digests';
import { testArchive, type TestArchive } from '../helpers/archive';
import { buildPackageYear, PNG } from './packageFixture';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
  await buildPackageYear(t);
  await t.must('filing.updateSettings', { fondsCode: 'Z109', filer: '王芳', checker: '李明' });
});
afterEach(() => t.close());

const unzip = (file: string) => unzipSync(new Uint8Array(fs.readFileSync(file)));
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]);

describe('the package filed item by item', () => {
  it('carries the data digest the volume model was given, and DATASUMS whose SHA-256 it is', async () => {
    const recorded = await t.must('filing.record', { year: 2025 });
    const model = await collectYear(
      { archive: t.archive, db: t.archive.db, progress: () => {}, printPdf: () => Promise.reject(new Error('no printing')) },
      2025,
    );
    expect(model.packageDataDigest).toBe(recorded.packageDataDigest);
    const pkg = await t.must('package.export', { year: 2025, dataDigest: recorded.packageDataDigest });
    expect(pkg.dataDigest).toBe(recorded.packageDataDigest);
    const files = unzip(pkg.file);
    expect(sha256Hex(files.DATASUMS)).toBe(pkg.dataDigest);
    expect(JSON.parse(text(files, 'manifest.json')).dataDigest).toBe(pkg.dataDigest);
    const listed = text(files, 'DATASUMS')
      .trim()
      .split('\n')
      .map((l) => l.slice(66));
    expect(listed).toContain('snapshot/archive.sqlite');
    expect(listed).toContain('data/activities.json');
    expect(listed.every((p) => p === 'snapshot/archive.sqlite' || p.startsWith('data/'))).toBe(true);
  });

  it('refuses to package when the archive changed after the digest was printed, writing no package', async () => {
    const recorded = await t.must('filing.record', { year: 2025 });
    await t.must('deeds.create', { year: 2025, title: '后来补录的事迹' });
    const r = await t.call('package.export', { year: 2025, dataDigest: recorded.packageDataDigest });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('数据摘要与本档案包对不上');
    const folder = `${t.file}.exports/2025`;
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.zip') || n.endsWith('.partial'))).toEqual([]);
  });

  it('holds each item under its 档号 with its attachments and DA/T 46 metadata, and the catalogue as JSON and xlsx', async () => {
    const { items } = await t.must('filing.items', { year: 2025 });
    const pkg = await t.must('package.export', { year: 2025 });
    const files = unzip(pkg.file);
    const inspection = items.find((i) => i.title === '视察全镇安全生产工作')!;
    const dir = `items/${inspection.archivalCode}/`;
    expect(inspection.archivalCode).toMatch(/^Z109-WS·2025-D30-LLZ-\d{4}$/);
    const photo = Object.keys(files).find((n) => n.startsWith(dir) && n.endsWith('.png'))!;
    expect(Buffer.from(files[photo]).equals(PNG)).toBe(true);
    const meta = JSON.parse(text(files, `${dir}metadata.json`));
    expect(meta).toMatchObject({
      题名: '视察全镇安全生产工作',
      档号: inspection.archivalCode,
      日期: '20250514',
      保管期限: '定期30年',
      全宗号: 'Z109',
      件号: inspection.itemNo,
    });
    const photoRecord = meta.文件.find((f: { 计算机文件名: string }) => photo.endsWith(f.计算机文件名));
    expect(photoRecord).toMatchObject({ 格式: 'PNG（image/png）', 大小: PNG.length, 说明: '视察现场' });
    expect(photoRecord.校验值.值).toBe(sha256Hex(PNG));

    const catalogue = JSON.parse(text(files, 'catalogue/归档文件目录.json'));
    expect(catalogue).toMatchObject({ 全宗号: 'Z109', 立卷人: '王芳', 检查人: '李明', 件数: items.length });
    expect(catalogue.条目.map((e: { 档号: string }) => e.档号)).toEqual(items.map((i) => i.archivalCode));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files['catalogue/归档文件目录.xlsx']) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '保管期限', '备注']);
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('B2').value).toBe(items[0].archivalCode);
    expect(ws.rowCount).toBe(items.length + 1);
    // A verified package: the catalogue and data agree with the snapshot.
    expect(await t.must('package.verify', { year: 2025, name: pkg.name })).toMatchObject({ ok: true });
  });
});

describe('移交清单', () => {
  it('records the package file’s own name, size, SHA-256 and SM3, the items, and lines to sign', async () => {
    const pkg = await t.must('package.export', { year: 2025 });
    const sheet = await t.must('filing.handover', { year: 2025, name: pkg.name, pdf: false });
    expect(sheet.files.map((f) => f.name)).toEqual([pkg.name.replace('.zip', '-移交清单.docx')]);
    const doc = strFromU8(unzip(sheet.files[0].path)['word/document.xml']).replace(/<[^>]+>/g, '');
    for (const expected of [pkg.name, pkg.sha256, pkg.sm3, pkg.dataDigest, `${pkg.items} 件`, '移交人', '接收人', '签名', 'Z109', '（王芳）'])
      expect(doc).toContain(expected);
    expect(doc).toContain(pkg.size.toLocaleString('en-US'));
    expect(pkg.sha256).toBe(sha256Hex(fs.readFileSync(pkg.file)));
    expect(pkg.sm3).toBe(await sm3Hex(fs.readFileSync(pkg.file)));
  });

  it('is refused for a package that is not in the exports folder', async () => {
    const r = await t.call('filing.handover', { year: 2025, name: '不存在.zip', pdf: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('导出文件夹中没有 不存在.zip');
  });
});

