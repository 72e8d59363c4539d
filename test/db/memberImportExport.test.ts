import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportRoster } from '../../db/export/roster';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

async function sheetValues(dataBase64: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  const out: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('import template', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`gives a ${format} template whose headers the import knows and whose example row it skips`, async () => {
      const file = await t.must('members.template', { format });
      expect(file.name).toBe(`委员名册导入模板.${format}`);
      const preview = await t.must('members.importPreview', { fileName: file.name, dataBase64: file.dataBase64 });
      expect(preview).toMatchObject({ rows: [], headersMissing: [], headersUnknown: [] });
      const r = await t.call('members.importCommit', { fileName: file.name, dataBase64: file.dataBase64 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('没有可导入的委员');
    });
  }

  it('writes the CSV template in UTF-8 with a byte-order mark, the hint above the headers', async () => {
    const bytes = Buffer.from((await t.must('members.template', { format: 'csv' })).dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^"?填写说明/);
    expect(lines[1].split(',')[0]).toBe('姓名*');
  });
});

describe('address book and birthday list', () => {
  beforeEach(async () => {
    await t.must('members.create', {
      name: '张伟',
      sector: '经济界',
      position: 'standing',
      groupRole: 'leader',
      phone: '13800138000',
      workUnit: 'XX公司',
      address: '人民路1号',
      birthDate: '1970-05-14',
    });
    await t.must('members.create', { name: '李红', sector: '妇联界', phone: '13900139000', birthDate: '1982-03' });
    await t.must('members.create', { name: '王建国', birthDate: '1965-05-02' });
    await t.must('members.create', { name: '赵离任', status: 'left', birthDate: '1960-01-01' });
    const gone = await t.must('members.create', { name: '钱删除', birthDate: '1960-01-02' });
    await t.must('members.delete', { id: gone.id });
    await t.must('members.create', { name: '孙无生日' });
  });

  it('lists current members with their phones in full in the address book', async () => {
    const file = await t.must('members.exportRoster', { kind: 'addressBook' });
    expect(file.name).toMatch(/^委员通讯录（\d{4}年\d{1,2}月\d{1,2}日）\.xlsx$/);
    const rows = await sheetValues(file.dataBase64);
    expect(rows[0]).toEqual(['序号', '姓名', '界别', '职务', '单位及职务', '手机号', '地址']);
    expect(rows.slice(1, -1).map((r) => r[1])).toEqual(['李红', '孙无生日', '王建国', '张伟']);
    expect(rows.find((r) => r[1] === '张伟')).toEqual([
      4,
      '张伟',
      '经济界',
      '常委、组长',
      'XX公司',
      '13800138000',
      '人民路1号',
    ]);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['合计', '共 4 人']);
  });

  it('orders the birthday list by month and day, with the age on the day of export', async () => {
    const { dataBase64 } = await exportRoster(t.archive.db, 'birthdays', new Date(2026, 4, 10));
    const rows = await sheetValues(dataBase64);
    expect(rows[0]).toEqual(['月份', '姓名', '出生年月', '年龄', '界别']);
    expect(rows.slice(1)).toEqual([
      ['3月', '李红', '3月', 44, '妇联界'],
      ['5月', '王建国', '5月2日', 61],
      ['5月', '张伟', '5月14日', 55, '经济界'],
      ['合计', '共 3 人', '另有 1 人未填写出生年月'],
    ]);
  });
});
