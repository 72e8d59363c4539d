import { beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import type { MemberPoints, YearPoints } from '../../shared/contract/points';
import { defaultPointsRules, type PointsRules } from '../../shared/pointsRules';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
const f = yearFixture(t);
let zhang: number, li: number, wang: number;
beforeEach(async () => ([zhang, li, wang] = await f.members('张伟', '李红', '王建国')));

const year = (y = 2026) => t.must('points.year', { year: y });
const of = (p: YearPoints, memberId: number): MemberPoints => {
  const m = p.members.find((x) => x.member.id === memberId);
  if (!m) throw new Error(`member ${memberId} not in the points`);
  return m;
};
/** A ledger as [label, points] pairs, the way a clerk reads it. */
const ledger = (m: MemberPoints) => m.lines.map((l) => [l.label, l.points]);
const rulesWith = (patch: Partial<PointsRules>): PointsRules => ({ ...defaultPointsRules, ...patch });
const count = (table: string) =>
  (t.archive.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('points.year with the default rules', () => {
  it('gives a line for each rule, from the record behind it', async () => {
    const inspection = await f.activity('inspection', '2026-03-02', [[zhang, 'present']]);
    await f.activity('study', '2026-04-10', [[zhang, 'present']]);
    await f.activity('meeting', '2026-05-06', [[zhang, 'absent']]);
    await f.activity('briefing', '2026-06-20', [[zhang, 'excused', '出差']]);
    const lead = await t.must('proposals.create', {
      year: 2026,
      title: '关于改善农村道路的提案',
      leadMemberId: zhang,
      submittedOn: '2026-01-10',
      filing: 'accepted',
    });
    await t.must('proposals.create', { year: 2026, title: '关于菜市场改造的提案', leadMemberId: li, cosignerIds: [zhang] });
    const report = await t.must('opinionReports.create', {
      year: 2026,
      title: '群众反映停车难',
      authorIds: [zhang],
      submittedOn: '2026-02-02',
      status: 'adopted',
      adoptedLevel: 'city',
      adoptedOn: '2026-03-15',
    });
    await t.must('opinionReports.create', { year: 2026, title: '尚未报送', authorIds: [zhang], status: 'draft' });
    const deed = await t.must('deeds.create', { year: 2026, memberId: zhang, title: '捐资助学', happenedOn: '2026-09-01' });
    await t.must('documents.create', { year: 2026, kind: 'member_summary', memberId: zhang, title: '张伟2026年履职小结' });

    const z = of(await year(), zhang);
    expect(ledger(z)).toEqual([
      ['出席视察', 3],
      ['出席学习', 2],
      ['无故缺席会议', -2],
      ['领衔提案', 5],
      ['提案立案（领衔人加分）', 3],
      ['联名提案', 2],
      ['报送社情民意', 2],
      ['社情民意被市政协采用', 5],
      ['先进事迹', 3],
      ['提交履职小结', 2],
    ]);
    expect(z.total).toBe(25);
    expect(z.grade).toBe('称职');
    expect(z.subtotals).toEqual({ activity: 5, absence: -2, proposal: 10, report: 7, deed: 3, summary: 2 });
    expect(z.lines[0]).toEqual({
      category: 'activity',
      label: '出席视察',
      points: 3,
      source: { kind: 'activity', id: inspection, title: '2026-03-02 inspection', date: '2026-03-02' },
    });
    expect(z.lines[3].source).toEqual({ kind: 'proposal', id: lead.id, title: '关于改善农村道路的提案', date: '2026-01-10' });
    expect(z.lines[7].source).toEqual({ kind: 'opinion_report', id: report.id, title: '群众反映停车难', date: '2026-03-15' });
    expect(z.lines[8].source).toMatchObject({ kind: 'deed', id: deed.id, date: '2026-09-01' });

    // The lead of the co-signed proposal gets the lead's points but no 立案 extra (still 待审查).
    expect(ledger(of(await year(), li))).toEqual([['领衔提案', 5]]);
  });

  it('deducts for 缺席 only: 请假 costs nothing, and only held, live activities of the year count', async () => {
    await f.activity('meeting', '2026-05-06', [
      [zhang, 'absent'],
      [li, 'excused', '外出学习'],
      [wang, 'present'],
    ]);
    await f.activity('meeting', '2026-06-06', [[zhang, 'absent']], { status: 'planned' });
    await f.activity('meeting', '2026-07-06', [[zhang, 'absent']], { status: 'cancelled' });
    const gone = await f.activity('meeting', '2026-08-06', [[zhang, 'absent']]);
    await t.must('activities.delete', { id: gone });
    await f.activity('meeting', '2025-12-30', [[zhang, 'absent']]);

    const p = await year();
    expect(ledger(of(p, zhang))).toEqual([['无故缺席会议', -2]]);
    expect(of(p, zhang).total).toBe(-2);
    expect(of(p, li).lines).toEqual([]);
    expect(of(p, li).total).toBe(0);
    expect(of(p, wang).total).toBe(2);
    expect(ledger(of(await year(2025), zhang))).toEqual([['无故缺席会议', -2]]);
  });

  it('caps a category with a line of its own, and never caps the deductions', async () => {
    // 15 inspections at 3 points: 45, capped at 40.
    for (let day = 1; day <= 15; day++) {
      await f.activity('inspection', `2026-03-${String(day).padStart(2, '0')}`, [[zhang, 'present']]);
    }
    for (let day = 1; day <= 25; day++) {
      await f.activity('meeting', `2026-04-${String(day).padStart(2, '0')}`, [[zhang, 'absent']]);
    }
    const z = of(await year(), zhang);
    const activity = z.lines.filter((l) => l.category === 'activity');
    expect(activity).toHaveLength(16);
    expect(activity.at(-1)).toEqual({ category: 'activity', label: '活动积分封顶 40 分，扣除 5 分', points: -5, source: null });
    expect(z.subtotals.activity).toBe(40);
    expect(z.subtotals.absence).toBe(-50);
    expect(z.total).toBe(-10);
    expect(z.grade).toBe('不称职');
  });

  it('ranks highest first, equal totals sharing a rank in roster order', async () => {
    await f.activity('inspection', '2026-03-01', [
      [zhang, 'present'],
      [li, 'present'],
    ]);
    const p = await year();
    expect(p.members.map((m) => [m.member.name, m.total, m.rank])).toEqual([
      ['李红', 3, 1],
      ['张伟', 3, 1],
      ['王建国', 0, 3],
    ]);
    expect(p.rulesSaved).toBe(false);
  });

  it('is computed even while the group has not turned points on', async () => {
    expect((await t.must('group.get', {})).pointsEnabled).toBe(false);
    await f.activity('study', '2026-03-01', [[zhang, 'present']]);
    expect(of(await year(), zhang).total).toBe(2);
  });
});

describe('grades', () => {
  it('reaches a grade exactly at its threshold and the next one down one point below', async () => {
    const scoreOf = new Map<number, number>([
      [zhang, 60],
      [li, 59],
      [wang, 40],
    ]);
    const extra = await f.member('赵敏');
    const last = await f.member('钱勇');
    scoreOf.set(extra, 20).set(last, 19);
    // One study point per attendance makes each total exact; no caps in the way.
    await t.must('points.setRules', {
      year: 2026,
      rules: rulesWith({
        attendance: { ...defaultPointsRules.attendance, study: 1 },
        caps: { activity: null, proposal: null, report: null, deed: null, summary: null },
      }),
    });
    for (let n = 1; n <= 60; n++) {
      const sheet = [...scoreOf].filter(([, s]) => s >= n).map(([m]): [number, 'present'] => [m, 'present']);
      await f.activity('study', `2026-01-01`, sheet, { title: `学习 ${n}` });
    }
    const p = await year();
    expect([zhang, li, wang, extra, last].map((m) => [of(p, m).total, of(p, m).grade])).toEqual([
      [60, '优秀'],
      [59, '良好'],
      [40, '良好'],
      [20, '称职'],
      [19, '不称职'],
    ]);
  });

  it('uses the grade names and lines the group set', async () => {
    await t.must('points.setRules', {
      year: 2026,
      rules: rulesWith({ grades: { levels: [{ label: 'A档', min: 3 }], below: 'B档' } }),
    });
    await f.activity('inspection', '2026-03-01', [[zhang, 'present']]);
    const p = await year();
    expect([of(p, zhang).grade, of(p, li).grade]).toEqual(['A档', 'B档']);
  });
});

describe('points.rules and points.setRules', () => {
  it('reads the defaults for a year with none saved, and saves a year on its own', async () => {
    expect(await t.must('points.rules', { year: 2026 })).toEqual({
      year: 2026,
      rules: defaultPointsRules,
      saved: false,
      updatedAt: null,
    });

    const rules = rulesWith({ deed: 10, absence: -5, caps: { ...defaultPointsRules.caps, deed: null } });
    const saved = await t.must('points.setRules', { year: 2026, rules });
    expect(saved).toMatchObject({ year: 2026, rules, saved: true, updatedAt: expect.any(String) });
    expect(await t.must('points.rules', { year: 2026 })).toEqual(saved);
    expect((await t.must('points.rules', { year: 2025 })).saved).toBe(false);

    for (const n of [1, 2]) await t.must('deeds.create', { year: 2026, memberId: zhang, title: `好事 ${n}` });
    await t.must('deeds.create', { year: 2025, memberId: zhang, title: '去年的好事' });
    await f.activity('meeting', '2026-05-06', [[zhang, 'absent']]);
    const now = await year();
    expect(now.rulesSaved).toBe(true);
    expect(of(now, zhang).subtotals).toMatchObject({ deed: 20, absence: -5 });
    expect(of(await year(2025), zhang).subtotals.deed).toBe(3);
  });

  it('writes an audit row for setting and for changing the rules', async () => {
    await t.must('points.setRules', { year: 2026, rules: rulesWith({ deed: 4 }) });
    await t.must('points.setRules', { year: 2026, rules: rulesWith({ deed: 6 }) });
    const log = await t.must('audit.list', { entity: 'points_rules' });
    expect(log.items.map((e) => [e.action, e.entityId, e.summary])).toEqual([
      ['update', 2026, '修改 2026年度履职积分规则'],
      ['create', 2026, '设置 2026年度履职积分规则'],
    ]);
    expect(log.items[0].before).toMatchObject({ deed: 4 });
    expect(log.items[0].after).toMatchObject({ deed: 6 });
  });

  const invalid: [string, PointsRules | Record<string, unknown>, RegExp][] = [
    ['a negative award', rulesWith({ proposalLead: -1 }), /领衔提案的积分不能小于 0/],
    ['an award over 100', rulesWith({ reportAdopted: { ...defaultPointsRules.reportAdopted, national: 101 } }), /全国政协采用的加分不能超过 100 分/],
    ['a fraction', rulesWith({ deed: 2.5 }), /先进事迹的积分必须是整数/],
    ['a deduction above 0', rulesWith({ absence: 2 }), /无故缺席的扣分是扣分，应填 0 或负数/],
    [
      'thresholds not descending',
      rulesWith({ grades: { levels: [{ label: '优秀', min: 40 }, { label: '良好', min: 60 }], below: '不称职' } }),
      /等级分数线应从高到低排列/,
    ],
    [
      'two grades of one name',
      rulesWith({ grades: { levels: [{ label: '优秀', min: 60 }], below: '优秀' } }),
      /等级名称不能重复/,
    ],
    ['an activity type left out', { ...defaultPointsRules, attendance: { study: 2 } }, /出席“视察”活动的积分必须是数字/],
    ['an unknown rule', { ...defaultPointsRules, bonus: 5 }, /bonus/],
  ];
  it.each(invalid)('refuses %s in Chinese and writes nothing', async (_what, rules, message) => {
    const auditRows = count('audit_log');
    const r = await t.call('points.setRules', { year: 2026, rules } as Input<'points.setRules'>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(count('points_rules')).toBe(0);
    expect(count('audit_log')).toBe(auditRows);
  });
});
