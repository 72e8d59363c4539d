import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportYear, PHONE, YEAR, type ExportYear } from '../helpers/exportYear';

let y: ExportYear;
let wb: ExcelJS.Workbook;
let file: string;
beforeAll(async () => {
  y = await exportYear();
  const r = await y.t.must('export.ledgers', { year: YEAR });
  file = r.files[0].path;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
}, 120_000);
afterAll(() => y.t.close());

const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const column = (ws: ExcelJS.Worksheet, header: string) => headers(ws).indexOf(header) + 1;
const lastRow = (ws: ExcelJS.Worksheet) => ws.getRow(ws.actualRowCount);
const result = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'result' in v ? v.result : v);

describe('export.ledgers', () => {
  it('writes one workbook with a sheet per ledger, in the clerk’s order', () => {
    expect(file).toBe(path.join(`${y.t.file}.exports`, String(YEAR), `${YEAR}年度台账.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '委员名册',
      '活动台账',
      '出勤统计',
      '八个一完成情况',
      '提案',
      '社情民意',
      '先进事迹',
    ]);
  });

  it('gives every sheet Chinese headers in a frozen first row, and column widths', () => {
    for (const ws of wb.worksheets) {
      expect(headers(ws)[0]).toBe('序号');
      expect(headers(ws).every((h) => typeof h === 'string' && /[\u4e00-\u9fa5]/.test(h))).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(2).width).toBeGreaterThan(5);
    }
    expect(headers(wb.getWorksheet('委员名册')!)).toEqual(
      expect.arrayContaining([
        '姓名',
        '性别',
        '出生年月',
        '民族',
        '党派',
        '界别',
        '单位及职务',
        '手机号',
        '联系村(社区)',
      ]),
    );
  });

  it('prints each sheet on A4 landscape, one page wide, the header row repeated, rows tall enough for their text', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    }
    const roster = wb.getWorksheet('委员名册')!;
    // 2025年11月20日 needs about 16 digit widths; narrower, Excel and LibreOffice show ###.
    expect(roster.getColumn(column(roster, '出生年月')).width).toBeGreaterThanOrEqual(16);
    const ledger = wb.getWorksheet('活动台账')!;
    const titleWidth = ledger.getColumn(column(ledger, '活动名称')).width!;
    const rows = Array.from({ length: ledger.actualRowCount - 2 }, (_, i) => ledger.getRow(i + 2));
    // A title wider than its column (a CJK character is about two digits wide) wraps onto more lines.
    const long = rows.find((r) => String(r.getCell(column(ledger, '活动名称')).value).length * 2 > titleWidth);
    expect(long?.height).toBeGreaterThan(20);
  });

  it('one row per serving member and per activity, dates as real dates', async () => {
    const matrix = await y.t.must('duty.matrix', { year: YEAR });
    const roster = wb.getWorksheet('委员名册')!;
    expect(roster.actualRowCount).toBe(1 + matrix.rows.length + 1);
    const activities = await y.t.must('activities.list', { year: YEAR, limit: 1000, orderBy: 'dateAsc' });
    const ledger = wb.getWorksheet('活动台账')!;
    expect(ledger.actualRowCount).toBe(1 + activities.total + 1);
    const first = ledger.getRow(2).getCell(column(ledger, '日期')).value;
    expect(first).toBeInstanceOf(Date);
    expect((first as Date).toISOString().slice(0, 10)).toBe(activities.items[0].startsOn);
    expect(ledger.getRow(2).getCell(column(ledger, '活动名称')).value).toBe(activities.items[0].title);
    const proposals = wb.getWorksheet('提案')!;
    const submitted = proposals.getRow(2).getCell(column(proposals, '提交日期')).value;
    expect(submitted).toBeInstanceOf(Date);
  });

  it('closes the activity ledger and the attendance sheet with totals that match the year’s statistics', async () => {
    const stats = await y.t.must('stats.year', { year: YEAR });
    const attendance = wb.getWorksheet('出勤统计')!;
    const total = lastRow(attendance);
    expect(total.getCell(1).value).toBe('合计');
    expect(result(total.getCell(column(attendance, '出席')).value)).toBe(stats.participation.overall.present);
    expect(result(total.getCell(column(attendance, '应参加')).value)).toBe(stats.participation.overall.invited);
    const formula = total.getCell(column(attendance, '出席')).value as ExcelJS.CellFormulaValue;
    expect(formula.formula).toMatch(/^SUM\(E2:E\d+\)$/);
    expect(result(total.getCell(column(attendance, '出勤率')).value)).toBeCloseTo(stats.participation.overall.rate!, 6);

    const ledger = wb.getWorksheet('活动台账')!;
    const sum = lastRow(ledger);
    expect(sum.getCell(1).value).toBe('合计');
    const suggestions = (await y.t.must('activities.list', { year: YEAR, limit: 1000 })).items.reduce(
      (n, a) => n + a.suggestionsCount,
      0,
    );
    expect(result(sum.getCell(column(ledger, '意见建议条数')).value)).toBe(suggestions);
  });

  it('lists each member’s duty counts and how many members did each item', async () => {
    const matrix = await y.t.must('duty.matrix', { year: YEAR });
    const ws = wb.getWorksheet('八个一完成情况')!;
    expect(headers(ws).slice(3, 3 + matrix.scheme.items.length)).toEqual(
      matrix.scheme.items.map((i) => `${i.label}（要求${i.requiredCount}）`),
    );
    expect(ws.getRow(2).getCell(2).value).toBe(matrix.rows[0].member.name);
    const totals = lastRow(ws);
    expect(totals.getCell(1).value).toBe('完成人数');
    expect(totals.getCell(4).value).toBe(matrix.totals[0].membersDone);
  });

  it('stores every number as a number, never as digits in text, totals included', () => {
    const asText: string[] = [];
    let numbers = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const v = result(cell.value);
          if (typeof v === 'number') numbers++;
          if (typeof v === 'string' && /^-?\d+(\.\d+)?%?$/.test(v.trim())) asText.push(`${ws.name}!R${r}C${c}=${v}`);
        }),
      );
    expect(asText).toEqual([]);
    expect(numbers).toBeGreaterThan(100);
  });

  it('counts a draft 社情民意 apart from those submitted', async () => {
    const opinionReports = (await y.t.must('opinionReports.list', { year: YEAR })).items;
    const drafts = opinionReports.filter((r) => r.status === 'draft').length;
    expect(drafts).toBeGreaterThan(0);
    const total = String(lastRow(wb.getWorksheet('社情民意')!).getCell(2).value);
    expect(total).toContain(`报送 ${opinionReports.length - drafts} 篇、草稿 ${drafts} 篇`);
  });

  it('masks phone numbers by default and shows them when asked', async () => {
    const roster = wb.getWorksheet('委员名册')!;
    const phones = roster.getColumn(column(roster, '手机号')).values.map(String);
    expect(phones).toContain('138****5678');
    expect(phones).not.toContain(PHONE);
    expect(phones.filter((p) => /^1\d{10}$/.test(p))).toEqual([]);

    const full = (await y.t.must('export.ledgers', { year: YEAR, maskPersonal: false })).files[0];
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(full.path);
    const sheet = book.getWorksheet('委员名册')!;
    expect(sheet.getColumn(column(sheet, '手机号')).values.map(String)).toContain(PHONE);
    expect(fs.existsSync(file)).toBe(true);
  });
});
