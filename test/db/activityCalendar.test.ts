import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { calendarCap } from '../../shared/contract/activities';
import { villageInspection } from '../fixtures/sampleRecords';
import { archiveEach } from '../helpers/archiveEach';

const t = archiveEach();

const add = (fields: Partial<Input<'activities.create'>> & { title: string; startsOn: string }) =>
  t.must('activities.create', { type: 'study', ...fields });
const titles = async (input: Input<'activities.calendar'>) =>
  (await t.must('activities.calendar', input)).items.map((a) => a.title);
const may = { from: '2026-05-01', to: '2026-05-31' };

describe('activities.calendar', () => {
  it('reads the activities on some day of the range by date, with only what a cell shows', async () => {
    const wang = (await t.must('members.create', { name: '王建国' })).id;
    await add({ ...villageInspection, participants: [{ memberId: wang, attendance: 'present' }] });
    await add({ title: '五月最后一天', startsOn: '2026-05-31', startTime: '14:00' });
    await add({ title: '同日上午的学习', startsOn: '2026-05-14', startTime: '08:00' });
    await add({ title: '跨月的培训', startsOn: '2026-04-29', endsOn: '2026-05-02' });
    await add({ title: '四月结束的调研', startsOn: '2026-04-20', endsOn: '2026-04-30' });
    await add({ title: '六月第一天', startsOn: '2026-06-01' });
    await add({ title: '跨到六月的走访', startsOn: '2026-05-31', endsOn: '2026-06-03' });

    const r = await t.must('activities.calendar', may);
    expect(r.truncated).toBe(false);
    expect(r.items.map((a) => a.title)).toEqual([
      '跨月的培训',
      '同日上午的学习',
      '视察农村人居环境',
      '跨到六月的走访',
      '五月最后一天',
    ]);
    expect(r.items[2]).toEqual({
      id: expect.any(Number),
      type: 'inspection',
      title: '视察农村人居环境',
      status: 'held',
      startsOn: '2026-05-14',
      endsOn: null,
      startTime: '09:00',
      endTime: '11:30',
      place: '东湖村',
    });
    // The crossing training is found from either month; a one-day range finds its own day only.
    expect(await titles({ from: '2026-04-01', to: '2026-04-30' })).toEqual(['四月结束的调研', '跨月的培训']);
    expect(await titles({ from: '2026-06-01', to: '2026-06-30' })).toEqual(['跨到六月的走访', '六月第一天']);
    expect(await titles({ from: '2026-05-02', to: '2026-05-02' })).toEqual(['跨月的培训']);
  });

  it('finds an activity begun up to the longest range before it, and leaves out deleted ones', async () => {
    await add({ title: '两个月的集中调研', startsOn: '2026-02-28', endsOn: '2026-05-20' });
    // The documented price of the bounded look-back: begun more than 62 days before the range.
    await add({ title: '三个月的驻村调研', startsOn: '2026-02-27', endsOn: '2026-05-20' });
    const gone = await add({ title: '已删除的学习', startsOn: '2026-05-10' });
    await t.must('activities.delete', { id: gone.id });
    expect(await titles(may)).toEqual(['两个月的集中调研']);
    await t.must('activities.restore', { id: gone.id });
    expect(await titles(may)).toEqual(['两个月的集中调研', '已删除的学习']);
  });

  it('follows the list’s type, status and search filters', async () => {
    await add({ title: '学习全会精神', startsOn: '2026-05-05', status: 'planned' });
    await add({ title: '视察东湖村', type: 'inspection', startsOn: '2026-05-06', place: '东湖村' });
    await add({ title: '调研养老服务', type: 'research', startsOn: '2026-05-07', content: '走访东湖村养老院' });
    expect(await titles({ ...may, type: 'inspection' })).toEqual(['视察东湖村']);
    expect(await titles({ ...may, status: 'planned' })).toEqual(['学习全会精神']);
    expect(await titles({ ...may, q: ' 东湖村 ' })).toEqual(['视察东湖村', '调研养老服务']);
    expect(await titles({ ...may, q: '100%' })).toEqual([]);
  });

  it('says when a range holds more activities than one read returns', async () => {
    const insert = t.archive.db.prepare(
      "INSERT INTO activities (type, title, starts_on) VALUES ('study', @title, '2026-05-14')",
    );
    t.archive.db.transaction(() => {
      for (let i = 0; i <= calendarCap; i++) insert.run({ title: `学习 ${i}` });
    })();
    const r = await t.must('activities.calendar', may);
    expect(r.items).toHaveLength(calendarCap);
    expect(r.truncated).toBe(true);
    expect((await t.must('activities.calendar', { from: '2026-05-15', to: '2026-05-31' })).truncated).toBe(false);
  });

  it.each([
    [{ from: '2026-05-31', to: '2026-05-01' }, '结束日期不能早于开始日期'],
    [{ from: '2026-01-01', to: '2026-03-31' }, '日历一次最多读取 62 天的活动'],
    [{ from: '2026-03-01', to: '2026-05-02' }, '日历一次最多读取 62 天的活动'],
    [{ from: '2026-02-30', to: '2026-03-31' }, '日期无效'],
    [{ from: '2026-05-01' }, '日期必须是文字'],
  ])('refuses the range %j in Chinese', async (input, message) => {
    const r = await t.call('activities.calendar', input as Input<'activities.calendar'>);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(message) });
  });

  it('takes a 62-day range: a month panel with the weeks around it', async () => {
    await add({ title: '月初', startsOn: '2026-03-01' });
    await add({ title: '第62天', startsOn: '2026-05-01' });
    expect(await titles({ from: '2026-03-01', to: '2026-05-01' })).toEqual(['月初', '第62天']);
  });

  // The contract fuzz almost never draws a valid 62-day range: here every range and search is valid.
  it('answers any valid range and search without failing', async () => {
    await add({ title: '跨月的培训', startsOn: '2026-04-29', endsOn: '2026-05-02', place: '100% 东湖_村' });
    const day0 = Date.UTC(2025, 0, 1);
    const iso = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 730 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.string({ maxLength: 60 }).filter((q) => !/[\u0000-\u001F\u007F]/.test(q))),
        async (start, span, q) => {
          const r = await t.call('activities.calendar', { from: iso(start), to: iso(start + span), q: q ?? undefined });
          expect(r.ok ? r.value.truncated : r.error).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
