import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('audit trail', () => {
  it('lists changes newest first with parsed before/after, filtered by entity, id, action, text and dates', async () => {
    const m = await t.must('members.create', { name: '张伟' });
    await t.must('members.update', { id: m.id, patch: { sector: '经济界' } });
    const a = await t.must('activities.create', { type: 'study', title: '学习全会精神', startsOn: '2026-03-02' });
    await t.must('activities.delete', { id: a.id });

    const all = await t.must('audit.list', {});
    expect(all.total).toBe(4);
    expect(all.items.map((r) => [r.entity, r.action])).toEqual([
      ['activity', 'delete'],
      ['activity', 'create'],
      ['member', 'update'],
      ['member', 'create'],
    ]);
    const update = all.items[2];
    expect(update.entityId).toBe(m.id);
    expect(update.before).toMatchObject({ name: '张伟', sector: null });
    expect(update.after).toMatchObject({ name: '张伟', sector: '经济界' });
    expect(all.items[3].before).toBeNull();

    const pick = async (input: Parameters<TestArchive['must']>[1]) =>
      (await t.must('audit.list', input as never)).items.map((r) => `${r.entity}:${r.action}`);
    expect(await pick({ entity: 'member' })).toEqual(['member:update', 'member:create']);
    expect(await pick({ entity: 'activity', entityId: a.id, action: 'create' })).toEqual(['activity:create']);
    expect(await pick({ q: '学习全会' })).toEqual(['activity:delete', 'activity:create']);
    expect(await pick({ q: '%' })).toEqual([]);
    expect(await pick({ limit: 1, offset: 1 })).toEqual(['activity:create']);

    // Local calendar days of the first and last change (the same day, unless the test ran over midnight).
    const first = new Date(all.items[3].at);
    const last = new Date(all.items[0].at);
    const dayBefore = localDate(new Date(first.getFullYear(), first.getMonth(), first.getDate() - 1));
    const dayAfter = localDate(new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1));
    expect(await pick({ from: localDate(first), to: localDate(last) })).toHaveLength(4);
    expect(await pick({ to: dayBefore })).toEqual([]);
    expect(await pick({ from: dayAfter })).toEqual([]);

    const backwards = await t.call('audit.list', { from: dayAfter, to: dayBefore });
    expect(backwards.ok ? '' : backwards.error.message).toContain('开始日期不能晚于结束日期');
  });

  it('reads and updates the group settings with an audit row', async () => {
    const before = await t.must('group.get', {});
    expect(before.pointsEnabled).toBe(false);
    const after = await t.must('group.update', {
      name: ' 城关镇政协联络组 ',
      parentCommittee: 'XX区政协',
      term: '第三届',
      currentYear: 2026,
      pointsEnabled: true,
    });
    expect(after).toMatchObject({
      name: '城关镇政协联络组',
      parentCommittee: 'XX区政协',
      term: '第三届',
      currentYear: 2026,
      pointsEnabled: true,
    });
    expect(await t.must('group.get', {})).toEqual(after);
    const [row] = (await t.must('audit.list', { entity: 'group' })).items;
    expect(row).toMatchObject({ entityId: 1, action: 'update', before, after });

    const bad = await t.call('group.update', { name: '', currentYear: 1800 });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
    expect(bad.ok ? '' : bad.error.message).toContain('请填写联络组名称');
    expect(bad.ok ? '' : bad.error.message).toContain('年度不能早于 1949 年');
    expect(await t.must('group.get', {})).toEqual(after);
    expect((await t.must('audit.list', { entity: 'group' })).total).toBe(1);
  });
});
