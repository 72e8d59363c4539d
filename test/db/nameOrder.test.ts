import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import type { MemberName } from '../../shared/contract/members';
import { b64, csvOf } from '../fixtures/imports/rosterFiles';
import { testArchive, type TestArchive } from '../helpers/archive';
import { docxText } from '../helpers/exportYear';

const YEAR = 2026;
const SIX = ['陈一', '仇芳', '单磊', '解明', '曾伟', '张三'];

/** chen qiu shan xie zeng zhang: 曾 is zēng, 单 shàn, 仇 qiú, 解 xiè as surnames. */
const PINYIN = ['陈一', '仇芳', '单磊', '解明', '曾伟', '张三'];

/**
 * 按姓氏笔画, worked out by hand: 仇 has 4 strokes; 陈 and 张 have 7; 单 8; 曾 12; 解 13. 陈
 * (阝东) and 张 (弓长) both begin with a 折 (横折折折钩, 横折); the second stroke decides: 张's
 * is 横 (1), 陈's is 竖 (2), and 横 comes before 竖. So: 仇 张 陈 单 曾 解.
 */
const STROKES = ['仇芳', '张三', '陈一', '单磊', '曾伟', '解明'];

const ofSix = (names: string[]) => names.filter((n) => SIX.includes(n));

let t: TestArchive;
beforeAll(async () => {
  t = await testArchive();
  await t.must('group.update', { currentYear: YEAR });
  // Entered in neither order, with one sector so the 界别 order keeps the names in name order.
  for (const name of ['张三', '曾伟', '解明', '单磊', '仇芳', '陈一'])
    await t.must('members.create', { name, sector: '经济界', joinedOn: `${YEAR}-01-01` });
}, 60_000);
afterAll(() => t.close());

async function sheetNames(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const col = (ws.getRow(1).values as unknown[]).indexOf('姓名');
  const out: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(String(row.getCell(col).value ?? ''));
  });
  return ofSix(out);
}

/** The six names in the order each read gives them. */
async function everyOrder(): Promise<Record<string, string[]>> {
  const volume = (await t.must('export.volume', { year: YEAR, format: 'docx' })).files[0];
  const lines = docxText(fs.readFileSync(volume.path)).split('\n');
  // The body's headings follow the table of contents, which lists them too.
  const body = lines.slice(lines.findLastIndex((l) => /^附录.\u3000委员履职档案/.test(l)) + 1);
  const start = lines.findIndex((l, i) => i > 0 && l.startsWith('附录一\u3000委员名册') && lines.indexOf(l) < i);
  const section = (from: string, to: string) => {
    const a = lines.findIndex((l, i) => i >= start && l.startsWith(from));
    return ofSix(lines.slice(a, lines.findIndex((l, i) => i > a && l.startsWith(to))));
  };
  const ledgers = (await t.must('export.ledgers', { year: YEAR })).files[0].path;
  const book = await t.must('members.exportRoster', { kind: 'addressBook' });
  const bookFile = `${t.dir}/book.xlsx`;
  fs.writeFileSync(bookFile, Buffer.from(book.dataBase64, 'base64'));
  return {
    'members.list': ofSix((await t.must('members.list', {})).items.map((m) => m.name)),
    'members.list by sector': ofSix((await t.must('members.list', { orderBy: 'sector' })).items.map((m) => m.name)),
    'members.names': ofSix((await t.must('members.names', {})).map((m) => m.name)),
    'duty.matrix': ofSix((await t.must('duty.matrix', { year: YEAR })).rows.map((r) => r.member.name)),
    'volume: 委员名册': section('附录一\u3000委员名册', '附录二'),
    'volume: 八个一': section('附录三', '附录四'),
    // Each member's file opens with a heading 张三委员2026年度履职档案.
    'volume: 委员履职档案': ofSix(body.filter((l) => l.endsWith(`委员${YEAR}年度履职档案`)).map((l) => l.split('委员')[0])),
    'ledgers: 委员名册': await sheetNames(ledgers, '委员名册'),
    'ledgers: 出勤统计': await sheetNames(ledgers, '出勤统计'),
    'ledgers: 八个一完成情况': await sheetNames(ledgers, '八个一完成情况'),
    委员通讯录: await sheetNames(bookFile, '委员通讯录'),
  };
}

const all = (order: string[], reads: Record<string, string[]>) =>
  Object.fromEntries(Object.keys(reads).map((k) => [k, order]));

describe('one name order everywhere', () => {
  it('gives the pinyin order, surnames read as surnames, on every list and on paper', async () => {
    expect((await t.must('group.get', {})).nameOrder).toBe('pinyin');
    const reads = await everyOrder();
    expect(Object.keys(reads)).toHaveLength(11);
    expect(reads).toEqual(all(PINYIN, reads));
  }, 120_000);

  it('gives the 姓氏笔画 order everywhere once the group sets it, and pinyin again when set back', async () => {
    expect((await t.must('group.update', { nameOrder: 'strokes' })).nameOrder).toBe('strokes');
    let reads = await everyOrder();
    expect(reads).toEqual(all(STROKES, reads));
    await t.must('group.update', { nameOrder: 'pinyin' });
    reads = await everyOrder();
    expect(reads).toEqual(all(PINYIN, reads));
  }, 240_000);

  it('keys the members of a received package for the archive they land in, without carrying the key', async () => {
    await t.must('group.update', { nameOrder: 'strokes' });
    const pkg = await t.must('package.export', { year: YEAR });
    const entries = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)));
    const carried = JSON.parse(strFromU8(entries['data/members.json'])) as Record<string, unknown>[];
    expect(carried.map((m) => m.name).sort()).toEqual([...SIX].sort());
    expect(carried.every((m) => !('name_key' in m))).toBe(true);
    // A new archive orders by pinyin until its clerk says otherwise.
    const outcome = await t.must('package.import', { file: pkg.file, into: 'new', newFile: '收到的档案.sqlite' });
    const other = await openArchive(outcome.file);
    try {
      const names = await createDispatcher(other)('members.names', {});
      expect(names.ok && (names.value as MemberName[]).map((m) => m.name)).toEqual(PINYIN);
    } finally {
      other.close();
    }
    await t.must('group.update', { nameOrder: 'pinyin' });
  }, 120_000);

  it('keys a member created, renamed or imported under the 笔画 order by strokes', async () => {
    await t.must('group.update', { nameOrder: 'strokes' });
    // 王 has 4 strokes and begins with 横: before 仇 (4 strokes, begins with 撇).
    const wang = await t.must('members.create', { name: '王五' });
    const names = async () => (await t.must('members.names', {})).map((m) => m.name);
    expect((await names()).slice(0, 2)).toEqual(['王五', '仇芳']);
    // 丁 has 2 strokes: first of all.
    await t.must('members.update', { id: wang.id, patch: { name: '丁五' } });
    expect((await names())[0]).toBe('丁五');
    const csv = Buffer.from(csvOf([['姓名'], ['卜一']]));
    await t.must('members.importCommit', { fileName: '名册.csv', dataBase64: b64(csv) });
    // 卜 and 丁 both have 2 strokes; 丁 begins with 横, 卜 with 竖.
    expect((await names()).slice(0, 3)).toEqual(['丁五', '卜一', '仇芳']);
    expect(await t.call('group.update', { nameOrder: 'alphabet' as never })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('姓名排序只能是') },
    });
  }, 60_000);
});
