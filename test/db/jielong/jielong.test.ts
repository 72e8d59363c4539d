import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api';
import type { JielongPreview } from '../../../shared/contract/jielong';
import { huapingyuanVisit, jielongPaste, jielongRoster } from '../../fixtures/huapingyuanVisit';
import { testArchive, type TestArchive } from '../../helpers/archive';

let t: TestArchive;
let ids: Record<string, number>;
let activityId: number;

beforeEach(async () => {
  t = await testArchive();
  ids = {};
  for (const name of jielongRoster) ids[name] = (await t.must('members.create', { name })).id;
  activityId = (await t.must('activities.create', huapingyuanVisit(2026))).id;
});
afterEach(() => t.close());

const count = (sql: string) => (t.archive.db.prepare(sql).get() as { n: number }).n;
const writes = () => [
  count('SELECT count(*) AS n FROM activity_participants'),
  count('SELECT count(*) AS n FROM audit_log'),
];
const sheetOf = async () =>
  (await t.must('activities.get', { id: activityId })).participants
    .map((p) => [p.memberName, p.attendance, p.leaveReason])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh'));

/** What the clerk confirms: every exact match, and the first candidate where they chose it. */
const confirmed = (preview: JielongPreview, choose: Record<string, number>) =>
  preview.rows
    .map((r) => ({ memberId: r.memberId ?? choose[r.name], attendance: r.status, leaveReason: r.reason }))
    .filter((r) => r.memberId !== undefined);

describe('attendance from a pasted 接龙', () => {
  it('previews ten lines: exact names, candidates for the typo, 请假 with reasons, the unknown name, and writes nothing', async () => {
    const before = writes();
    const preview = await t.must('attendance.previewJielong', { activityId, text: jielongPaste });
    expect(writes()).toEqual(before);
    expect(preview.title).toBe('5月14日视察华屏苑');
    expect(preview.sheet).toEqual([]);
    expect(preview.rows.map((r) => [r.line, r.name, r.status, r.reason, r.match])).toEqual([
      [3, '张三', 'present', null, 'exact'],
      [4, '李四', 'excused', '出差', 'exact'],
      [5, '王五', 'present', null, 'exact'],
      [6, '赵六', 'present', null, 'exact'],
      [7, '孙七', 'present', null, 'exact'],
      [8, '周八', 'present', null, 'exact'],
      [8, '吴九', 'present', null, 'exact'],
      [9, '郑十', 'excused', '身体不适', 'exact'],
      [10, '王建囯', 'present', null, 'candidates'],
      [11, '陈一', 'present', null, 'exact'],
      [12, '刘某某', 'present', null, 'none'],
    ]);
    const typo = preview.rows.find((r) => r.name === '王建囯')!;
    expect(typo.memberId).toBeUndefined();
    // Same reading and one character apart ranks above only one character apart.
    expect(typo.candidates.map((c) => [c.name, c.why])).toEqual([
      ['王建国', '同音、一字之差'],
      ['王建军', '一字之差'],
    ]);
    expect(preview.rows.filter((r) => r.match === 'exact').every((r) => r.change === 'new')).toBe(true);
  });

  it('writes the confirmed rows in one audited update; the same paste again changes nothing', async () => {
    const preview = await t.must('attendance.previewJielong', { activityId, text: jielongPaste });
    const rows = confirmed(preview, { 王建囯: ids['王建国'] });
    const audits = count("SELECT count(*) AS n FROM audit_log WHERE entity = 'activity'");
    const first = await t.must('attendance.applyJielong', { activityId, rows });
    expect([first.changes, first.added, first.changed, first.unchanged]).toEqual([10, 10, 0, 0]);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'activity'")).toBe(audits + 1);
    expect(await sheetOf()).toEqual(
      [
        ['张三', 'present', null],
        ['李四', 'excused', '出差'],
        ['王五', 'present', null],
        ['赵六', 'present', null],
        ['孙七', 'present', null],
        ['周八', 'present', null],
        ['吴九', 'present', null],
        ['郑十', 'excused', '身体不适'],
        ['王建国', 'present', null],
        ['陈一', 'present', null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh')),
    );

    const again = await t.must('attendance.previewJielong', { activityId, text: jielongPaste });
    expect(again.rows.filter((r) => r.match === 'exact').every((r) => r.change === 'unchanged')).toBe(true);
    expect(again.sheet).toHaveLength(10);
    const before = writes();
    const second = await t.must('attendance.applyJielong', {
      activityId,
      rows: confirmed(again, { 王建囯: ids['王建国'] }),
    });
    expect([second.changes, second.unchanged]).toEqual([0, 10]);
    expect(writes()).toEqual(before);
  });

  it('marks what changes against a sheet already kept, and leaves members not in the 接龙 as they were', async () => {
    await t.must('activities.update', {
      id: activityId,
      patch: {
        participants: [
          { memberId: ids['李四'], attendance: 'present' },
          { memberId: ids['张三'], attendance: 'present', role: '带队' },
          { memberId: ids['王建军'], attendance: 'absent' },
        ],
      },
    });
    const preview = await t.must('attendance.previewJielong', {
      activityId,
      text: '接龙\n1. 张三\n2. 李四 请假（出差）\n3. 王五',
    });
    expect(preview.rows.map((r) => [r.name, r.change])).toEqual([
      ['张三', 'unchanged'],
      ['李四', 'changed'],
      ['王五', 'new'],
    ]);
    const outcome = await t.must('attendance.applyJielong', { activityId, rows: confirmed(preview, {}) });
    expect([outcome.changes, outcome.added, outcome.changed, outcome.unchanged]).toEqual([2, 1, 1, 1]);
    const after = await t.must('activities.get', { id: activityId });
    expect(after.participants.find((p) => p.memberName === '王建军')?.attendance).toBe('absent');
    expect(after.participants.find((p) => p.memberName === '张三')?.role).toBe('带队');
    expect(after.participants.find((p) => p.memberName === '李四')?.leaveReason).toBe('出差');
  });

  it('offers both members who share a name instead of choosing one', async () => {
    const second = (await t.must('members.create', { name: '张三', sector: '农业界' })).id;
    const preview = await t.must('attendance.previewJielong', { activityId, text: '1. 张三' });
    expect(preview.rows[0].match).toBe('candidates');
    const offered = preview.rows[0].candidates;
    // The namesakes first (同名), then a member with the same initials (郑十, zs), never one picked.
    expect(
      offered
        .slice(0, 2)
        .map((c) => [c.memberId, c.why])
        .sort(),
    ).toEqual(
      [
        [ids['张三'], '同名'],
        [second, '同名'],
      ].sort(),
    );
    expect(offered.slice(2).map((c) => [c.name, c.why])).toEqual([['郑十', '首字母相同']]);
    expect(preview.rows[0].memberId).toBeUndefined();
  });

  it('refuses bad input with a Chinese message and writes nothing', async () => {
    const before = writes();
    // Each call below is refused; each gives the refusal's message.
    const preview = (text: string, id = activityId) => t.refusal('attendance.previewJielong', { activityId: id, text });
    type Row = Input<'attendance.applyJielong'>['rows'][number];
    const apply = (...rows: Row[]) => t.refusal('attendance.applyJielong', { activityId, rows });
    const row = (name: string, attendance: Row['attendance']): Row => ({ memberId: ids[name], attendance });
    expect(await preview('  \n ')).toMatch('请先粘贴微信群里的接龙内容');
    expect(await preview('今天的活动请大家准时参加')).toMatch('没有找到带编号的接龙行');
    expect(await preview('1. 张三', 999)).toMatch('找不到编号为 999 的活动');
    expect(await apply(row('张三', 'present'), row('张三', 'excused'))).toMatch('同一位委员在接龙中出现了不止一次');
    expect(await apply({ ...row('张三', 'present'), leaveReason: '出差' })).toMatch('只有请假的委员才能填写请假事由');
    expect(await apply()).toMatch('没有可写入的接龙行');
    expect(writes()).toEqual(before);

    // One member in the recycle bin refuses the whole paste: the rows before it are not written either.
    await t.must('members.delete', { id: ids['陈一'] });
    const afterDelete = writes();
    expect(await apply(row('张三', 'present'), row('陈一', 'present'))).toMatch('委员 陈一 在回收站中');
    expect(writes()).toEqual(afterDelete);

    await t.must('activities.delete', { id: activityId });
    expect(await preview('1. 张三')).toMatch('找不到编号为');
  });
});
