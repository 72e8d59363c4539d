import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import {
  ledgerGrid,
  LEDGER_HEADERS,
  LEDGER_ROSTER,
  LEDGER_ROWS,
  LEDGER_TITLE,
  xlsxSheets,
} from '../fixtures/imports/ledgerFiles';
import { b64, csvOf, gbk, xlsOf, xlsxUnderTitle } from '../fixtures/imports/rosterFiles';
import { testArchive, type TestArchive } from '../helpers/archive';

/** Past years' activity ledgers as clerks keep them, previewed and imported against a real archive file. */

let t: TestArchive;
const ids: Record<string, number> = {};
beforeEach(async () => {
  t = await testArchive();
  for (const name of LEDGER_ROSTER) ids[name] = (await t.must('members.create', { name })).id;
  // Already entered by hand: the ledger's 2021-06-01 row repeats it.
  await t.must('activities.create', { type: 'reception', title: '委员接待日', startsOn: '2021-06-01' });
});
afterEach(() => t.close());

const count = (table: string) =>
  (t.archive.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
const backups = () =>
  fs.existsSync(backupDirFor(t.file))
    ? fs.readdirSync(backupDirFor(t.file)).filter((f) => f.startsWith('pre-import-'))
    : [];
const xlsxFile = async () => ({
  fileName: '活动台账.xlsx',
  dataBase64: b64(await xlsxUnderTitle(LEDGER_TITLE, [LEDGER_HEADERS, ...LEDGER_ROWS])),
});
const choices = { onlyGood: true, matches: [{ name: '王建囯', memberId: 0 }], addFormer: ['周德明'] };
const chosen = () => ({ ...choices, matches: [{ name: '王建囯', memberId: ids['王建国'] }] });

describe('往年活动台账导入: the preview', () => {
  it('reads a 3-year ledger under a title row: dates in every form, types, attendance, bad rows, a duplicate, unknown names; writes nothing', async () => {
    const preview = await t.must('activities.previewLedgerImport', await xlsxFile());
    expect(preview).toMatchObject({ good: 7, bad: 3, duplicates: 1, years: [2019, 2020, 2021], headersMissing: [] });
    expect(preview.headersUnknown).toEqual([]);
    const shown = preview.rows.map((r) => [r.line, r.startsOn, r.endsOn, r.type, r.title, r.errors.join('；') || null]);
    expect(shown).toEqual([
      [4, '2019-05-14', null, 'inspection', '视察老旧小区改造', null],
      [5, '2019-06-20', null, 'study', '学习全国两会精神', null],
      [6, '2019-09-10', null, 'consultation', '', '未填活动名称（或活动内容）'],
      [7, null, null, 'consultation', '协商座谈会', '未填日期'],
      [9, '2020-05-15', null, 'research', '调研农村电商发展', null],
      [10, '2020-07-01', null, 'supervision', '民主评议镇卫生院服务', null],
      [11, null, null, 'briefing', '情况通报', '日期“2020年13月5日”不存在'],
      [12, '2021-03-18', null, 'briefing', '上半年情况通报会', null],
      [13, '2021-05-14', '2021-05-16', 'research', '赴XX县考察乡村振兴', null],
      [14, '2021-06-01', null, 'reception', '委员接待日', null],
    ]);
    const row = (line: number) => preview.rows.find((r) => r.line === line)!;
    // The serial number, the year from the section row and 中旬, the type words: each said on its row.
    expect(row(5).readNotes).toEqual(['按 Excel 日期序号读取：43636 → 2019-06-20', '活动类型“专题学习”按“学习”记']);
    expect(row(9).readNotes[0]).toBe('年份取自第 8 行的年份标题（2020年）；5月中旬按 15 日记');
    expect(row(10).readNotes).toEqual(['未填活动类型，按名称中的“评议”记为“民主监督/评议”']);
    expect(row(13).readNotes).toEqual(['活动类型“考察”按“调研”记']);
    expect(preview.yearSources).toEqual(['第 8 行的年份标题（2020年）']);
    expect(row(14).duplicateOf).toMatchObject({
      source: 'archive',
      message: '档案中已有 2021年6月1日“委员接待日”，跳过',
    });
    // Attendance as the columns say, reasons from the brackets; names on the roster carry their member.
    expect(row(4).attendees).toEqual([
      { name: '张伟', attendance: 'present', reason: null, memberId: ids['张伟'] },
      { name: '李红', attendance: 'present', reason: null, memberId: ids['李红'] },
      { name: '王建国', attendance: 'present', reason: null, memberId: ids['王建国'] },
      { name: '刘芳', attendance: 'excused', reason: '出差', memberId: ids['刘芳'] },
    ]);
    expect(row(5).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['张伟', 'present'],
      ['李红', 'present'],
      ['刘芳', 'present'],
      ['王建国', 'absent'],
    ]);
    expect(row(9).attendees.find((a) => a.name === '李红')).toMatchObject({ attendance: 'excused', reason: '病假' });
    // Names not on the roster: the typo with its near match offered (not applied), the former member with none.
    expect(preview.unknownNames).toEqual([
      {
        name: '王建囯',
        rows: ['第 10 行'],
        candidates: [{ memberId: ids['王建国'], name: '王建国', sector: null, why: '同音、一字之差' }],
        firstYear: 2020,
        lastYear: 2020,
      },
      { name: '周德明', rows: ['第 12 行', '第 13 行'], candidates: [], firstYear: 2021, lastYear: 2021 },
    ]);
    expect(row(10).attendees.find((a) => a.name === '王建囯')?.memberId).toBeUndefined();
    expect(count('activities')).toBe(1);
    expect(count('members')).toBe(5);
    expect(backups()).toEqual([]);
  });

  it('reads an old .xls the same way', async () => {
    const xlsx = await t.must('activities.previewLedgerImport', await xlsxFile());
    const xls = await t.must('activities.previewLedgerImport', {
      fileName: '活动台账.xls',
      dataBase64: b64(xlsOf(ledgerGrid(), '台账')),
    });
    const rows = (p: typeof xls) => p.rows.map((r) => [r.startsOn, r.endsOn, r.type, r.title, r.errors, r.attendees]);
    expect(rows(xls)).toEqual(rows(xlsx));
    expect(xls.rows.map((r) => r.line)).toEqual([4, 5, 6, 7, 9, 10, 11, 12, 13, 14]);
    expect(xls.unknownNames.map((u) => u.name)).toEqual(['王建囯', '周德明']);
  });

  it('takes the year of 6月中旬 from the title row of a GBK CSV, and says so', async () => {
    const csv = csvOf([
      ['2020年XX镇政协联络组活动台账', '', '', ''],
      ['时间', '活动主题', '地点', '参加人员'],
      ['6月中旬', '视察河道治理', '东河', '张伟、李红'],
      ['7月8日', '学习会', '镇会议室', '刘芳 赵磊'],
    ]);
    const preview = await t.must('activities.previewLedgerImport', { fileName: '台账.csv', dataBase64: b64(gbk(csv)) });
    expect(preview.rows.map((r) => [r.line, r.startsOn, r.type, r.title, r.readNotes[0]])).toEqual([
      [3, '2020-06-15', 'inspection', '视察河道治理', '年份取自标题行（2020年）；6月中旬按 15 日记'],
      [4, '2020-07-08', 'study', '学习会', '年份取自标题行（2020年）'],
    ]);
    expect(preview.yearSources).toEqual(['标题行（2020年）']);
  });

  it('reads a workbook kept a sheet a year, each sheet’s year from its title row or its name', async () => {
    const data = await xlsxSheets([
      { name: '说明', rows: [['本台账由联络组秘书填写']] },
      {
        name: '2019年',
        rows: [['2019年活动台账'], ['时间', '活动内容', '参加人员'], ['5月14日', '视察老旧小区改造', '张伟、李红']],
      },
      {
        name: '2020年',
        rows: [
          ['时间', '活动内容', '参加人员'],
          ['5月中旬', '调研农村电商', '张伟'],
        ],
      },
      {
        name: '2021',
        rows: [
          ['时间', '活动内容', '参加人员'],
          ['2020年5月15日', '调研农村电商', '张伟'],
        ],
      },
    ]);
    const preview = await t.must('activities.previewLedgerImport', { fileName: '台账.xlsx', dataBase64: b64(data) });
    expect(preview.rows.map((r) => [r.sheet, r.line, r.startsOn, r.readNotes])).toEqual([
      ['2019年', 3, '2019-05-14', ['年份取自标题行（2019年）', '未填活动类型，按名称中的“视察”记为“视察”']],
      [
        '2020年',
        2,
        '2020-05-15',
        ['年份取自工作表名“2020年”（2020年）；5月中旬按 15 日记', '未填活动类型，按名称中的“调研”记为“调研”'],
      ],
      // A date filed on another year's sheet is kept as written, and pointed out.
      [
        '2021',
        2,
        '2020-05-15',
        ['未填活动类型，按名称中的“调研”记为“调研”', '日期的年份与工作表名“2021”（2021年）不同，请核对'],
      ],
    ]);
    // The same activity entered on two sheets is found, named by its sheet.
    expect(preview.rows[2].duplicateOf?.message).toBe('与工作表“2020年”第 2 行是同一次活动（日期和名称相同），跳过');
    expect(preview.years).toEqual([2019, 2020]);
  });

  it('refuses a month-only date and one without any year to take', async () => {
    const csv = csvOf([
      ['日期', '活动名称'],
      ['2019年5月', '调研'],
      ['5月14日', '视察'],
    ]);
    const preview = await t.must('activities.previewLedgerImport', {
      fileName: '台账.csv',
      dataBase64: b64(Buffer.from(csv)),
    });
    expect(preview.rows.map((r) => r.errors)).toEqual([
      ['日期“2019年5月”只写到月份，请写明哪一天，或写上旬、中旬、下旬'],
      ['日期“5月14日”没有年份：请写明年份，或在表中加“年度”列、在标题行写明年份'],
    ]);
  });

  it('says which headers are missing', async () => {
    const csv = csvOf([
      ['姓名', '电话'],
      ['张伟', '13800138000'],
    ]);
    const preview = await t.must('activities.previewLedgerImport', {
      fileName: '名册.csv',
      dataBase64: b64(Buffer.from(csv)),
    });
    expect(preview.headersMissing).toEqual(['日期（或“时间”）', '活动名称（或“活动内容”）']);
    expect(preview.rows).toEqual([]);
  });
});

describe('往年活动台账导入: the import', () => {
  it('refuses a file with bad rows unless only the good rows are chosen, naming each bad row', async () => {
    const r = await t.call('activities.importLedger', { ...(await xlsxFile()), ...chosen(), onlyGood: false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('有 3 行有误，未导入任何活动');
      expect(r.error.message).toContain('第 11 行：日期“2020年13月5日”不存在');
    }
    expect(count('activities')).toBe(1);
  });

  it('imports the good rows with their attendance and the chosen former member, after a backup; the 八个一 of 2020 and 2021 count them', async () => {
    const outcome = await t.must('activities.importLedger', { ...(await xlsxFile()), ...chosen() });
    expect(outcome).toMatchObject({
      imported: 6,
      skippedBad: 3,
      skippedDuplicates: 1,
      addedMembers: 1,
      namesLeftOut: 0,
      years: [2019, 2020, 2021],
    });
    expect(outcome.backup).toMatch(/^pre-import-/);
    expect(backups()).toEqual([outcome.backup]);
    expect(count('activities')).toBe(7);

    const former = (await t.must('members.list', { q: '周德明' })).items[0];
    expect(former).toMatchObject({ status: 'left', joinedOn: '2021-01-01', leftOn: '2021-12-31' });
    expect(former.notes).toContain('由往年活动台账“活动台账.xlsx”添加');

    const y2020 = await t.must('activities.list', { year: 2020, orderBy: 'dateAsc' });
    expect(y2020.items.map((a) => [a.startsOn, a.type, a.title, a.place, a.responsible])).toEqual([
      ['2020-05-15', 'research', '调研农村电商发展', '东村', '李红'],
      ['2020-07-01', 'supervision', '民主评议镇卫生院服务', '镇卫生院', '刘芳'],
    ]);
    const sheet = Object.fromEntries(
      y2020.items[0].participants.map((p) => [p.memberName, [p.attendance, p.leaveReason]]),
    );
    expect(sheet).toEqual({ 张伟: ['present', null], 赵磊: ['present', null], 李红: ['excused', '病假'] });
    // The typo was written as the member the clerk chose.
    expect(y2020.items[1].participants.map((p) => p.memberName).sort()).toEqual(['刘芳', '张伟', '王建国'].sort());
    const range = (await t.must('activities.list', { year: 2021, q: '考察' })).items[0];
    expect([range.startsOn, range.endsOn, range.notes]).toEqual(['2021-05-14', '2021-05-16', '三天']);

    // The matrix is computed from attendance: nothing else to do after an import.
    const cell = (m: Awaited<ReturnType<typeof matrix>>, name: string, code: string) =>
      m.rows.find((r) => r.member.name === name)?.cells.find((c) => c.itemCode === code)?.count;
    const matrix = (year: number) => t.must('duty.matrix', { year });
    const m2020 = await matrix(2020);
    expect(cell(m2020, '王建国', 'supervision')).toBe(1);
    expect(cell(m2020, '张伟', 'research')).toBe(1);
    expect(cell(m2020, '赵磊', 'research')).toBe(1);
    expect(cell(m2020, '李红', 'research')).toBe(0);
    expect(m2020.rows.some((r) => r.member.name === '周德明')).toBe(false);
    const m2021 = await matrix(2021);
    expect(cell(m2021, '周德明', 'research')).toBe(1);
    expect(cell(m2021, '张伟', 'research')).toBe(1);
    const m2019 = await matrix(2019);
    expect(cell(m2019, '张伟', 'inspection')).toBe(1);
    expect(cell(m2019, '刘芳', 'inspection')).toBe(0);

    // So are the year's statistics: 2019's two activities, 8 on their sheets: 6 present, 1 excused, 1 absent.
    const stats = await t.must('stats.year', { year: 2019 });
    expect(stats.activities.held).toBe(2);
    expect(stats.participation.overall).toMatchObject({ invited: 8, present: 6, excused: 1, absent: 1 });

    const audit = t.archive.db.prepare("SELECT summary FROM audit_log WHERE action = 'import' ORDER BY id").all() as {
      summary: string;
    }[];
    expect(audit.map((a) => a.summary)).toContain('往年活动台账导入：添加往届委员 周德明（活动台账.xlsx）');
    expect(audit.map((a) => a.summary)).toContain(
      '往年活动台账导入：活动 2020年5月15日 调研农村电商发展（活动台账.xlsx 第 9 行）',
    );
  });

  it('leaves out a name the clerk neither matched nor added, and says how many', async () => {
    const outcome = await t.must('activities.importLedger', { ...(await xlsxFile()), onlyGood: true });
    expect(outcome).toMatchObject({ imported: 6, addedMembers: 0, namesLeftOut: 2 });
    expect(count('members')).toBe(5);
  });

  it('writes nothing when a row fails while being written: all or nothing, the backup made before', async () => {
    t.archive.db.exec(
      `CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON activities WHEN NEW.title = '上半年情况通报会'
       BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    const r = await t.call('activities.importLedger', { ...(await xlsxFile()), ...chosen() });
    expect(r.ok).toBe(false);
    expect(count('activities')).toBe(1);
    expect(count('members')).toBe(5);
    expect(t.archive.db.prepare('SELECT count(*) AS n FROM activity_participants').get()).toEqual({ n: 0 });
    expect(backups()).toHaveLength(1);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const file = await xlsxFile();
    await t.must('activities.importLedger', { ...file, ...chosen() });
    const before = [count('activities'), count('members')];
    const again = await t.must('activities.previewLedgerImport', file);
    expect(again.duplicates).toBe(7);
    // 周德明 is on the roster now, and 王建囯 stands only on a row that is skipped: no name to decide on.
    expect(again.unknownNames).toEqual([]);
    const r = await t.call('activities.importLedger', { ...file, onlyGood: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('文件中的 7 项活动都已在档案中（或在文件中重复），没有需要导入的活动。');
    expect([count('activities'), count('members')]).toEqual(before);
  });

  it('refuses a choice about a name the ledger does not leave unknown', async () => {
    const r = await t.call('activities.importLedger', { ...(await xlsxFile()), onlyGood: true, addFormer: ['张伟'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('“张伟”不是台账中名册里没有的姓名');
    expect(backups()).toEqual([]);
  });
});
