import { beforeEach, describe, expect, it } from 'vitest';
import { inspection } from '../fixtures/sampleRecords';
import { recordKindArchive } from '../helpers/recordKindArchive';

const { t, ids, count, auditActions } = recordKindArchive(
  'activity',
  ['张伟', { sector: '经济界' }],
  ['李红', { sector: '经济界' }],
  ['王建国', { sector: '农业界' }],
);
let zhang: number, li: number, wang: number;
beforeEach(() => void ([zhang, li, wang] = ids));

const sheet = (a: { participants: { memberName: string; attendance: string; leaveReason: string | null }[] }) =>
  a.participants.map((p) => [p.memberName, p.attendance, p.leaveReason]);

describe('activities', () => {
  it('creates with participants, updates, deletes and restores, with an audit row each', async () => {
    const a = await t.must('activities.create', {
      ...inspection,
      participants: [
        { memberId: zhang, attendance: 'present', role: '带队' },
        { memberId: li, attendance: 'excused', leaveReason: '外出学习' },
      ],
    });
    expect(a.year).toBe(2026);
    expect(a.status).toBe('held');
    expect(a.collective).toBe(true);
    expect(sheet(a)).toEqual([
      ['李红', 'excused', '外出学习'],
      ['张伟', 'present', null],
    ]);
    expect(a.participants.find((p) => p.memberId === zhang)?.role).toBe('带队');

    const u = await t.must('activities.update', {
      id: a.id,
      patch: { suggestionsCount: 3, reportTitle: '关于安全生产的调研报告' },
    });
    expect(u.suggestionsCount).toBe(3);
    expect(sheet(u)).toEqual(sheet(a));

    await t.must('activities.delete', { id: a.id });
    expect((await t.must('activities.list', {})).total).toBe(0);
    expect((await t.call('activities.get', { id: a.id })).ok).toBe(false);
    const r = await t.must('activities.restore', { id: a.id });
    expect(r.deletedAt).toBeNull();
    expect(sheet(r)).toEqual(sheet(a));
    expect(auditActions(a.id)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('replaces the attendance sheet when an update gives participants, and keeps it when it does not', async () => {
    const a = await t.must('activities.create', {
      ...inspection,
      participants: [
        { memberId: zhang, attendance: 'present' },
        { memberId: li, attendance: 'present' },
      ],
    });
    const u = await t.must('activities.update', {
      id: a.id,
      patch: { participants: [{ memberId: wang, attendance: 'absent' }] },
    });
    expect(sheet(u)).toEqual([['王建国', 'absent', null]]);
    const log = t.archive.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'activity' AND action = 'update'")
      .get() as { before: string; after: string };
    expect(JSON.parse(log.before).participants).toHaveLength(2);
    expect(JSON.parse(log.after).participants).toHaveLength(1);
    const v = await t.must('activities.update', { id: a.id, patch: { title: '视察安全生产' } });
    expect(sheet(v)).toEqual([['王建国', 'absent', null]]);
  });

  it('validates attendance: reasons only for 请假, no duplicates, no members in the recycle bin', async () => {
    const withReason = await t.call('activities.create', {
      ...inspection,
      participants: [{ memberId: zhang, attendance: 'present', leaveReason: '生病' }],
    });
    expect(withReason.ok ? null : withReason.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(withReason.ok ? '' : withReason.error.message).toContain('只有请假的委员才能填写请假事由');

    const dup = await t.call('activities.create', {
      ...inspection,
      participants: [
        { memberId: zhang, attendance: 'present' },
        { memberId: zhang, attendance: 'absent' },
      ],
    });
    expect(dup.ok ? '' : dup.error.message).toContain('同一位委员不能重复列入参加人员');

    const badWord = await t.call('activities.create', {
      ...inspection,
      participants: [{ memberId: zhang, attendance: 'late' as never }],
    });
    expect(badWord.ok ? '' : badWord.error.message).toContain('出勤情况只能是');

    await t.must('members.delete', { id: wang });
    const binned = await t.call('activities.create', {
      ...inspection,
      participants: [
        { memberId: zhang, attendance: 'present' },
        { memberId: wang, attendance: 'present' },
      ],
    });
    expect(binned.ok ? null : binned.error.code).toBe('INVALID_INPUT');
    expect(binned.ok ? '' : binned.error.message).toContain('王建国 在回收站中');

    const missing = await t.call('activities.create', {
      ...inspection,
      participants: [{ memberId: 999, attendance: 'present' }],
    });
    expect(missing.ok ? '' : missing.error.message).toContain('找不到编号为 999 的委员');

    expect(count('SELECT count(*) AS n FROM activities')).toBe(0);
    expect(count('SELECT count(*) AS n FROM activity_participants')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'activity'")).toBe(0);
  });

  it('keeps a member already on the sheet after they went to the recycle bin', async () => {
    const a = await t.must('activities.create', {
      ...inspection,
      participants: [{ memberId: wang, attendance: 'present' }],
    });
    await t.must('members.delete', { id: wang });
    const u = await t.must('activities.update', {
      id: a.id,
      patch: { participants: [{ memberId: wang, attendance: 'excused', leaveReason: '出差' }] },
    });
    expect(sheet(u)).toEqual([['王建国', 'excused', '出差']]);
  });

  it('refuses an impossible date or time range, also when a patch meets the stored dates', async () => {
    const bad = await t.call('activities.create', { ...inspection, endsOn: '2026-05-13' });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
    expect(bad.ok ? '' : bad.error.message).toContain('结束日期不能早于开始日期');
    const badTime = await t.call('activities.create', { ...inspection, startTime: '14:00', endTime: '10:00' });
    expect(badTime.ok ? '' : badTime.error.message).toContain('结束时间不能早于开始时间');
    const noDate = await t.call('activities.create', { ...inspection, startsOn: '2026-02-30' });
    expect(noDate.ok ? null : noDate.error.code).toBe('INVALID_INPUT');
    expect(count('SELECT count(*) AS n FROM activities')).toBe(0);

    const a = await t.must('activities.create', { ...inspection, endsOn: '2026-05-15' });
    const r = await t.call('activities.update', { id: a.id, patch: { startsOn: '2026-05-20' } });
    expect(r.ok ? null : r.error).toEqual({ code: 'INVALID_INPUT', message: '结束日期不能早于开始日期' });
    expect((await t.must('activities.get', { id: a.id })).startsOn).toBe('2026-05-14');
    expect(auditActions(a.id)).toEqual(['create']);
  });

  it('marks one attendance cell and adds a sector at once', async () => {
    const a = await t.must('activities.create', {
      ...inspection,
      participants: [{ memberId: zhang, attendance: 'present', role: '带队' }],
    });
    const excused = await t.must('activities.setAttendance', {
      activityId: a.id,
      memberId: zhang,
      attendance: 'excused',
      leaveReason: '住院',
    });
    expect(excused.participants).toEqual([
      { memberId: zhang, memberName: '张伟', attendance: 'excused', leaveReason: '住院', role: '带队' },
    ]);
    const present = await t.must('activities.setAttendance', {
      activityId: a.id,
      memberId: zhang,
      attendance: 'present',
    });
    expect(sheet(present)).toEqual([['张伟', 'present', null]]);

    const reasonForAbsent = await t.call('activities.setAttendance', {
      activityId: a.id,
      memberId: li,
      attendance: 'absent',
      leaveReason: '无',
    });
    expect(reasonForAbsent.ok ? null : reasonForAbsent.error.code).toBe('INVALID_INPUT');

    const economy = (await t.must('members.list', { sector: '经济界' })).items.map((m) => m.id);
    const added = await t.must('activities.addParticipants', { activityId: a.id, memberIds: economy });
    expect(sheet(added)).toEqual([
      ['李红', 'present', null],
      ['张伟', 'present', null],
    ]);
    const again = await t.must('activities.addParticipants', {
      activityId: a.id,
      memberIds: [li],
      attendance: 'absent',
    });
    expect(sheet(again)).toEqual(sheet(added));
    expect(auditActions(a.id)).toEqual(['create', 'update', 'update', 'update']);

    await t.must('members.delete', { id: wang });
    const binned = await t.call('activities.addParticipants', { activityId: a.id, memberIds: [wang] });
    expect(binned.ok ? '' : binned.error.message).toContain('在回收站中');
    const empty = await t.call('activities.addParticipants', { activityId: a.id, memberIds: [] });
    expect(empty.ok ? '' : empty.error.message).toContain('请至少选择一位委员');
  });

  it('lists by year, month, type, status, text and member, newest first', async () => {
    await t.must('activities.create', { ...inspection, participants: [{ memberId: zhang, attendance: 'present' }] });
    await t.must('activities.create', {
      type: 'study',
      title: '学习全会精神',
      startsOn: '2026-03-02',
      place: '文化站',
    });
    await t.must('activities.create', {
      type: 'research',
      title: '乡村振兴调研',
      startsOn: '2025-11-20',
      status: 'cancelled',
    });
    const titles = async (input: Parameters<typeof t.must>[1]) =>
      (await t.must('activities.list', input as never)).items.map((a) => a.title);
    expect(await titles({})).toEqual(['视察全镇安全生产工作', '学习全会精神', '乡村振兴调研']);
    expect(await titles({ orderBy: 'dateAsc' })).toEqual(['乡村振兴调研', '学习全会精神', '视察全镇安全生产工作']);
    expect(await titles({ year: 2026 })).toEqual(['视察全镇安全生产工作', '学习全会精神']);
    expect(await titles({ year: 2026, month: 3 })).toEqual(['学习全会精神']);
    expect(await titles({ type: 'inspection' })).toEqual(['视察全镇安全生产工作']);
    expect(await titles({ status: 'cancelled' })).toEqual(['乡村振兴调研']);
    expect(await titles({ q: '文化' })).toEqual(['学习全会精神']);
    expect(await titles({ q: '实地察看' })).toEqual(['视察全镇安全生产工作']);
    expect(await titles({ memberId: zhang })).toEqual(['视察全镇安全生产工作']);
    expect(await titles({ limit: 1, offset: 1 })).toEqual(['学习全会精神']);
    expect((await t.must('activities.list', { limit: 1 })).total).toBe(3);
  });

  it('lists the activities taking place within a date range, a several-day one on each of its days', async () => {
    const on = (title: string, startsOn: string, endsOn?: string) =>
      t.must('activities.create', { type: 'study', title, startsOn, endsOn });
    await on('三月底开到四月初的培训', '2026-03-30', '2026-04-02');
    await on('一季度学习', '2026-03-02');
    await on('二季度视察', '2026-05-14');
    await on('七月一日活动', '2026-07-01');
    const titles = async (from?: string, to?: string) =>
      (await t.must('activities.list', { year: 2026, from, to, orderBy: 'dateAsc' })).items.map((a) => a.title);
    expect(await titles('2026-04-01', '2026-06-30')).toEqual(['三月底开到四月初的培训', '二季度视察']);
    expect(await titles('2026-01-01', '2026-03-31')).toEqual(['一季度学习', '三月底开到四月初的培训']);
    expect(await titles('2026-04-03', '2026-06-30')).toEqual(['二季度视察']);
    expect(await titles('2026-07-01', '2026-07-01')).toEqual(['七月一日活动']);
    expect(await titles('2026-06-01')).toEqual(['七月一日活动']);
    expect(await titles(undefined, '2026-03-29')).toEqual(['一季度学习']);
    const paged = await t.must('activities.list', { from: '2026-03-01', to: '2026-05-31', limit: 1, offset: 1 });
    expect([paged.total, paged.items.map((a) => a.title)]).toEqual([3, ['三月底开到四月初的培训']]);
    const bad = await t.call('activities.list', { from: '2026-02-30' });
    expect(bad.ok ? '' : bad.error.message).toContain('日期无效');
  });

  it('links an activity to a live plan item only', async () => {
    const item = await t.must('plan.create', { year: 2026, month: 5, period: 'mid', title: '组织委员视察安全生产' });
    const a = await t.must('activities.create', { ...inspection, planItemId: item.id });
    expect(a.planItemId).toBe(item.id);
    await t.must('plan.delete', { id: item.id });
    const r = await t.call('activities.update', { id: a.id, patch: { planItemId: item.id } });
    expect(r.ok ? '' : r.error.message).toContain('在回收站中');
    const missing = await t.call('activities.create', { ...inspection, planItemId: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
