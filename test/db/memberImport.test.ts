import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import { rosterLimits } from '../../db/members/import/parse';
import { precheckXlsx } from '../../db/sheets/xlsxPrecheck';
import { b64, GOOD_ROWS, HEADERS, xlsxOf } from '../fixtures/imports/rosterFiles';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const count = (sql: string) => (t.archive.db.prepare(sql).get() as { n: number }).n;
const members = () => count('SELECT count(*) AS n FROM members');
const importAudits = () => count("SELECT count(*) AS n FROM audit_log WHERE entity = 'member' AND action = 'import'");
const backups = () =>
  fs.existsSync(backupDirFor(t.file))
    ? fs.readdirSync(backupDirFor(t.file)).filter((f) => f.startsWith('pre-import-'))
    : [];

async function file(rows: unknown[][], fileName = '名册.xlsx') {
  return { fileName, dataBase64: b64(await xlsxOf(rows as never)) };
}

describe('members import from Excel', () => {
  it('imports every good row in one go, each with an import audit row, after a pre-import backup', async () => {
    const f = await file([HEADERS, ...GOOD_ROWS]);
    const preview = await t.must('members.importPreview', f);
    expect(preview).toMatchObject({ good: 3, bad: 0, duplicates: 0, headersMissing: [], headersUnknown: [] });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(preview.rows[0].input).toMatchObject({
      gender: 'male',
      position: 'standing',
      groupRole: 'leader',
      committeeLevels: ['county'],
    });
    expect(preview.rows[1].input).toMatchObject({ birthDate: '1982-03', committeeLevels: ['county', 'city'] });
    expect(preview.rows[2].input).toMatchObject({
      birthDate: '1965-11-02',
      status: 'suspended',
      phone: '0571-87654321',
    });
    expect(members()).toBe(0);

    const outcome = await t.must('members.importCommit', f);
    expect(outcome).toMatchObject({ imported: 3, skippedBad: 0, skippedDuplicates: 0 });
    expect(outcome.backup).toMatch(/^pre-import-/);
    expect(backups()).toEqual([outcome.backup]);
    expect(importAudits()).toBe(3);
    const list = await t.must('members.list', { orderBy: 'createdAt' });
    expect(list.items.map((m) => [m.name, m.nameInitials, m.position, m.status])).toEqual([
      ['张伟', 'zw', 'standing', 'active'],
      ['李红', 'lh', 'member', 'active'],
      ['王建国', 'wjg', 'member', 'suspended'],
    ]);
    expect(list.items[2].committeeLevels).toEqual(['county']);
  });

  it('writes nothing when one member cannot be written: the rows share one transaction', async () => {
    t.archive.db.exec(
      "CREATE TEMP TRIGGER refuse_wang BEFORE INSERT ON main.members WHEN NEW.name = '王建国' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const r = await t.call('members.importCommit', await file([HEADERS, ...GOOD_ROWS]));
    expect(r.ok).toBe(false);
    expect(members()).toBe(0);
    expect(importAudits()).toBe(0);
  });

  it('marks a bad row with its column and a Chinese message; the commit refuses the file and writes nothing', async () => {
    const badRow = ['赵六', '男', '1970-13-01', '', '', '', '', '', '', '1380013', '', '', '', ''];
    const f = await file([HEADERS, GOOD_ROWS[0], badRow, GOOD_ROWS[1]]);
    const preview = await t.must('members.importPreview', f);
    expect(preview).toMatchObject({ good: 2, bad: 1 });
    const bad = preview.rows.find((r) => r.errors.length)!;
    expect(bad.line).toBe(3);
    expect(bad.errors).toEqual([
      { field: 'birthDate', label: '出生日期', message: expect.stringContaining('出生日期无效') },
      { field: 'phone', label: '联系电话', message: expect.stringContaining('电话号码格式不正确') },
    ]);

    const r = await t.call('members.importCommit', f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toContain('第 3 行');
      expect(r.error.message).toContain('联系电话');
    }
    expect(members()).toBe(0);
    expect(importAudits()).toBe(0);
    expect(backups()).toEqual([]);
  });

  it('imports the good rows only when the clerk asks for it', async () => {
    const f = await file([HEADERS, GOOD_ROWS[0], ['', '男'], ['孙七', '未知'], GOOD_ROWS[1]]);
    const preview = await t.must('members.importPreview', f);
    expect(
      preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors[0].label, r.errors[0].message]),
    ).toEqual([
      [3, '姓名', '请填写姓名'],
      [4, '性别', '“未知”无法识别，只能填写 男、女'],
    ]);
    const outcome = await t.must('members.importCommit', { ...f, onlyGood: true });
    expect(outcome).toMatchObject({ imported: 2, skippedBad: 2 });
    expect((await t.must('members.list', {})).items.map((m) => m.name).sort()).toEqual(['张伟', '李红'].sort());
  });

  it('finds the header under a title row, accepts header variants and ignores the template example row', async () => {
    const f = await file([
      ['XX镇政协委员名册'],
      ['序号', '姓名', '手机号', '单位及职务', '联系村(社区)', '出生年月', '政治面貌', '籍贯', '备注'],
      [1, '张伟', 13800138000, 'XX公司', '东村', new Date(Date.UTC(1970, 4, 14)), '中共党员', '浙江', ''],
      [2, '张三', '13800138000', '', '', '', '', '', '示例行，导入时自动跳过，可删除'],
      [3, '李红', '', '', '', 1982.11, '', '', ''],
    ]);
    const preview = await t.must('members.importPreview', f);
    expect(preview.headersUnknown).toEqual(['籍贯']);
    expect(
      preview.rows.map((r) => [r.line, r.input.name, r.input.phone, r.input.birthDate, r.input.linkedCommunity]),
    ).toEqual([
      [3, '张伟', '13800138000', '1970-05-14', '东村'],
      [5, '李红', undefined, '1982-11', undefined],
    ]);
    expect(preview.rows[0].input.workUnit).toBe('XX公司');
    expect(preview.rows[0].input.party).toBe('中共党员');
  });

  it('reads the group role from 职务 unless a 联络组职务 column says otherwise', async () => {
    const f = await file([
      ['姓名', '职务', '联络组职务'],
      ['张伟', '常委、组长', '副组长'],
      ['李红', '副主席、联络员', ''],
      ['王五', '镇长', ''],
    ]);
    const rows = (await t.must('members.importPreview', f)).rows;
    expect(rows.map((r) => [r.input.position, r.input.groupRole])).toEqual([
      ['standing', 'deputy_leader'],
      ['vice_chairman', 'liaison'],
      [undefined, undefined],
    ]);
    expect(rows[2].errors).toEqual([
      { field: 'position', label: '职务', message: expect.stringContaining('“镇长”无法识别') },
    ]);
  });

  it('refuses a birth month Excel has made ambiguous and an ID number stored as a number', async () => {
    const f = await file([
      ['姓名', '出生年月', '身份证号'],
      ['张伟', 1970.1, 110101197001011200], // the ID number as Excel keeps it: 15 significant digits
    ]);
    const [row] = (await t.must('members.importPreview', f)).rows;
    expect(row.errors.map((e) => e.label)).toEqual(['出生年月', '身份证号']);
    expect(row.errors[0].message).toContain('无法确定是几月');
    expect(row.errors[1].message).toContain('末几位已经丢失');
  });

  it('lists a missing 姓名 column and writes nothing', async () => {
    const f = await file([
      ['名字呀', '电话'],
      ['张伟', '13800138000'],
    ]);
    const preview = await t.must('members.importPreview', f);
    expect(preview).toMatchObject({ rows: [], headersMissing: ['姓名'], headersUnknown: ['名字呀'] });
    const r = await t.call('members.importCommit', f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('缺少“姓名”列');
    expect(members()).toBe(0);
  });

  it('takes a formula’s saved result and refuses a formula saved without one, never evaluating it', async () => {
    const f = await file([
      ['姓名', '联系电话', '界别'],
      [{ formula: 'CONCAT("张","伟")', result: '张伟' }, '13800138000', { formula: 'A1', result: '经济界' }],
      ['李红', { formula: '"139"&"00139000"' }, ''],
    ]);
    const preview = await t.must('members.importPreview', f);
    expect(preview.rows[0]).toMatchObject({ errors: [], input: { name: '张伟', sector: '经济界' } });
    expect(preview.rows[1].errors).toEqual([
      { field: 'phone', label: '联系电话', message: expect.stringContaining('没有保存计算结果') },
    ]);
  });
});

describe('members import: files it refuses', () => {
  const refused = async (fileName: string, data: Buffer | string, words: string) => {
    const dataBase64 = Buffer.from(data).toString('base64');
    for (const m of ['members.importPreview', 'members.importCommit'] as const) {
      const r = await t.call(m, { fileName, dataBase64 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(words);
    }
    expect(members()).toBe(0);
    expect(backups()).toEqual([]);
  };

  it('refuses a zero-byte file', () => refused('名册.xlsx', Buffer.alloc(0), '空文件'));

  it('refuses a truncated xlsx', async () => {
    const whole = await xlsxOf([HEADERS, ...GOOD_ROWS]);
    await refused('名册.xlsx', whole.subarray(0, Math.floor(whole.length / 2)), '不是完整的 Excel');
  });

  it('refuses a file that is not a zip but is named .xlsx', () =>
    refused('名册.xlsx', '姓名,电话\n张伟,1\n', '不是有效的 Excel'));

  it('refuses a file over 10 MB before reading it', async () => {
    const r = await t.call('members.importPreview', {
      fileName: '大.csv',
      dataBase64: b64(Buffer.alloc(10 * 1024 * 1024 + 3)),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过 10 MB');
  });

  it('refuses a 100,000-row workbook before building it, with the row count', async () => {
    const rows: unknown[][] = [['姓名', '联系电话']];
    for (let i = 0; i < 100_000; i++) rows.push([`委员${i}`, '13800138000']);
    const data = await xlsxOf(rows as never);
    // Cheap by construction: the precheck counts the sheet's rows in its XML before any workbook
    // is built, and refuses there; a stopwatch on a busy machine could not show that.
    expect(() => precheckXlsx(new Uint8Array(data), '大名册.xlsx', rosterLimits)).toThrow('约有 100000 行');
    await refused('大名册.xlsx', data, '约有 100000 行，超过导入上限 5000 行');
  }, 120_000);
});

describe('members import: duplicates', () => {
  it('marks rows repeating the archive or an earlier row, and skips them unless told otherwise', async () => {
    await t.must('members.create', { name: '张伟', phone: '13800138000' });
    const f = await file([
      ['姓名', '联系电话', '出生日期'],
      ['张伟', '13800138000', ''],
      ['李红', '13900139000', '1982-03-01'],
      ['李红', '', '1982-03-01'],
      ['张伟', '13700137000', ''],
    ]);
    const preview = await t.must('members.importPreview', f);
    expect(preview).toMatchObject({ good: 4, bad: 0, duplicates: 2 });
    expect(preview.rows.map((r) => r.duplicateOf?.message ?? null)).toEqual([
      '档案中已有委员 张伟（同名且电话相同）',
      null,
      '与第 3 行重复（同名且出生日期相同）',
      null,
    ]);
    expect(preview.rows[0].duplicateOf).toMatchObject({ source: 'archive' });

    const outcome = await t.must('members.importCommit', f);
    expect(outcome).toMatchObject({ imported: 2, skippedDuplicates: 2 });
    expect(members()).toBe(3);

    const again = await t.call('members.importCommit', f);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('都已在档案中');

    await t.must('members.importCommit', { ...f, skipDuplicates: false });
    expect(members()).toBe(7);
  });
});
