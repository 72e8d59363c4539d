import { describe, expect, it } from 'vitest';
import { archiveEach } from '../helpers/archiveEach';
import { recordQueries } from '../helpers/archiveQueries';

const t = archiveEach();

const { count, auditActions } = recordQueries(t, 'plan_item');

describe('annual plan items', () => {
  it('creates, updates, deletes and restores, with an audit row each', async () => {
    const p = await t.must('plan.create', {
      year: 2026,
      month: 6,
      period: 'late',
      title: '召开上半年情况通报会',
      activityType: 'briefing',
    });
    expect(p).toMatchObject({ year: 2026, month: 6, period: 'late', activities: [], done: false });
    const u = await t.must('plan.update', { id: p.id, patch: { period: null, description: '邀请镇党委通报' } });
    expect(u.period).toBeNull();
    expect(u.description).toBe('邀请镇党委通报');
    await t.must('plan.delete', { id: p.id });
    expect(await t.must('plan.list', { year: 2026 })).toEqual([]);
    await t.must('plan.restore', { id: p.id });
    expect((await t.must('plan.list', { year: 2026 })).map((x) => x.id)).toEqual([p.id]);
    expect(auditActions(p.id)).toEqual(['create', 'update', 'delete', 'restore']);
    const summary = t.archive.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'plan_item' ORDER BY id LIMIT 1")
      .get();
    expect(summary).toEqual({ summary: '新增计划事项 2026年6月下旬 召开上半年情况通报会' });
  });

  it('lists a year by month and 旬, with the activities that fulfil each item', async () => {
    const late = await t.must('plan.create', { year: 2026, month: 5, period: 'late', title: '开展乡村振兴调研' });
    const mid = await t.must('plan.create', { year: 2026, month: 5, period: 'mid', title: '组织委员参加企业家季谈会' });
    const march = await t.must('plan.create', { year: 2026, month: 3, title: '学习全国两会精神' });
    await t.must('plan.create', { year: 2025, month: 1, title: '去年的事项' });
    await t.must('activities.create', {
      type: 'consultation',
      title: '企业家季谈会',
      startsOn: '2026-05-15',
      planItemId: mid.id,
    });
    await t.must('activities.create', {
      type: 'research',
      title: '乡村振兴调研（筹备）',
      startsOn: '2026-05-25',
      status: 'planned',
      planItemId: late.id,
    });
    const list = await t.must('plan.list', { year: 2026 });
    expect(list.map((p) => [p.id, p.done, p.activities.map((a) => a.title)])).toEqual([
      [march.id, false, []],
      [mid.id, true, ['企业家季谈会']],
      [late.id, false, ['乡村振兴调研（筹备）']],
    ]);
  });

  it('copies a year into an empty year and refuses a year that already has a plan', async () => {
    await t.must('plan.create', { year: 2025, month: 3, title: '学习全国两会精神', activityType: 'study' });
    const gone = await t.must('plan.create', { year: 2025, month: 4, title: '已删除的事项' });
    await t.must('plan.create', {
      year: 2025,
      month: 11,
      period: 'late',
      title: '情况通报会',
      activityType: 'briefing',
    });
    await t.must('plan.delete', { id: gone.id });
    const copied = await t.must('plan.copyYear', { fromYear: 2025, toYear: 2026 });
    expect(copied.map((p) => [p.year, p.month, p.period, p.title, p.activityType])).toEqual([
      [2026, 3, null, '学习全国两会精神', 'study'],
      [2026, 11, 'late', '情况通报会', 'briefing'],
    ]);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'plan_item' AND action = 'create'")).toBe(5);

    const again = await t.call('plan.copyYear', { fromYear: 2025, toYear: 2026 });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    expect(again.ok ? '' : again.error.message).toContain('2026年已有 2 条计划事项');
    expect(count('SELECT count(*) AS n FROM plan_items WHERE year = 2026')).toBe(2);

    const nothing = await t.call('plan.copyYear', { fromYear: 2024, toYear: 2027 });
    expect(nothing.ok ? '' : nothing.error.message).toContain('2024年没有可复制的计划事项');
    const same = await t.call('plan.copyYear', { fromYear: 2025, toYear: 2025 });
    expect(same.ok ? null : same.error.code).toBe('INVALID_INPUT');
  });

  it('refuses bad input with Chinese messages and writes nothing', async () => {
    const r = await t.call('plan.create', { year: 2026, month: 13, period: 'first' as never, title: ' ' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.message).toContain('月份应为 1–12');
    expect(r.error.message).toContain('请填写计划事项');
    expect(r.error.message).toContain('旬只能是');
    expect(count('SELECT count(*) AS n FROM plan_items')).toBe(0);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(0);
  });
});
