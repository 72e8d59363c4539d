import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { archiveEach } from '../helpers/archiveEach';

const t = archiveEach();

const add = (fields: Partial<Input<'activities.create'>> & { title: string; startsOn: string }) =>
  t.must('activities.create', { type: 'study', ...fields });

describe('activities.monthCounts', () => {
  it('counts the year’s live activities per month with the list’s filters, January first', async () => {
    await add({ title: '学习会一', startsOn: '2026-01-08' });
    await add({ title: '学习会二', startsOn: '2026-01-20' });
    await add({ title: '视察东湖村', type: 'inspection', startsOn: '2026-05-14' });
    await add({ title: '跨年调研', type: 'research', startsOn: '2025-12-30', endsOn: '2026-01-02' });
    const gone = await add({ title: '取消的学习会', startsOn: '2026-12-01' });
    await t.must('activities.delete', { id: gone.id });

    expect(await t.must('activities.monthCounts', { year: 2026 })).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(await t.must('activities.monthCounts', { year: 2025 })).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(await t.must('activities.monthCounts', { year: 2026, type: 'inspection' })).toEqual([
      0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(await t.must('activities.monthCounts', { year: 2026, q: '学习' })).toEqual([
      2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    // The list's quarter narrows the count as it narrows the list.
    expect(await t.must('activities.monthCounts', { year: 2026, from: '2026-04-01', to: '2026-06-30' })).toEqual([
      0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    // Each month's count is the list's total for that month.
    const may = await t.must('activities.list', { year: 2026, month: 5, limit: 1 });
    expect(may.total).toBe(1);
  });

  it('needs the year, and refuses what the list would refuse', async () => {
    const noYear = await t.call('activities.monthCounts', {} as never);
    expect(noYear.ok).toBe(false);
    const paged = await t.call('activities.monthCounts', { year: 2026, limit: 10 } as never);
    expect(paged.ok).toBe(false);
    const badType = await t.call('activities.monthCounts', { year: 2026, type: 'party' as never });
    expect(badType.ok || badType.error.message).toContain('活动类型无效');
  });
});
