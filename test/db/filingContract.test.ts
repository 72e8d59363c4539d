import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';
import { archiveDigest } from '../helpers/digest';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
  await t.must('group.update', { name: '东湖镇政协联络组' });
});
afterEach(() => t.close());

const activity = (title: string, startsOn: string) => t.must('activities.create', { type: 'study', title, startsOn });

describe('归档设置', () => {
  it('starts from the group’s name and default codes, and saves what the clerk types', async () => {
    expect(await t.must('filing.settings', {})).toMatchObject({ fondsName: '东湖镇政协联络组', fondsNameIsDefault: true, categoryCode: 'WS' });
    const after = await t.must('filing.updateSettings', {
      fondsCode: ' z109 ',
      filer: '王芳',
      retentionByKind: { deed: 'D10' },
    });
    expect(after).toMatchObject({ fondsCode: 'Z109', filer: '王芳', fondsNameIsDefault: true });
    expect(after.retentionByKind).toMatchObject({ deed: 'D10', activity: 'D30', proposal: 'Y' });
    // A later rename of the group carries into 全宗名称 while the clerk has typed none.
    await t.must('group.update', { name: '东湖镇政协工作联络组' });
    expect((await t.must('filing.settings', {})).fondsName).toBe('东湖镇政协工作联络组');
    expect(await t.must('filing.updateSettings', { fondsName: '东湖镇联络组' })).toMatchObject({ fondsName: '东湖镇联络组', fondsNameIsDefault: false });
  });

  it.each([
    [{ fondsCode: 'Z-109' }, '全宗号只能由英文字母和数字组成'],
    [{ orgCode: '联络组' }, '机构（问题）代码只能由英文字母和数字组成'],
    [{ categoryCode: '' }, '请填写门类代码'],
    [{ retentionByKind: { activity: 'D5' } }, '保管期限只能是 永久、定期30年 或 定期10年'],
    [{}, '没有要修改的归档设置'],
  ])('refuses %j in Chinese and writes nothing', async (patch, message) => {
    const before = archiveDigest(t.archive.db);
    const r = await t.call('filing.updateSettings', patch as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(archiveDigest(t.archive.db)).toBe(before);
  });
});

describe('保管期限 of one item', () => {
  it('is chosen and cleared by the clerk, and refused for a record that is not an item of the year', async () => {
    const a = await activity('学习会', '2026-03-01');
    const chosen = await t.must('filing.setRetention', { year: 2026, kind: 'activity', recordId: a.id, retention: 'Y' });
    expect(chosen.items[0]).toMatchObject({ archivalCode: 'WS·2026-Y-LLZ-0001', retentionChosen: true });
    const cleared = await t.must('filing.setRetention', { year: 2026, kind: 'activity', recordId: a.id, retention: null });
    expect(cleared.items[0]).toMatchObject({ archivalCode: 'WS·2026-D30-LLZ-0001', retentionChosen: false });
    const planned = await t.must('activities.create', { type: 'study', title: '未开展', startsOn: '2026-04-01', status: 'planned' });
    const r = await t.call('filing.setRetention', { year: 2026, kind: 'activity', recordId: planned.id, retention: 'Y' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('未开展');
  });
});

describe('stable numbers', () => {
  it('records the same 档号 when the same year is filed again, and writes nothing then', async () => {
    await activity('一月学习', '2026-01-10');
    await activity('三月调研', '2026-03-10');
    const first = await t.must('filing.record', { year: 2026 });
    expect(first.changes).toEqual([]);
    expect(first.filedAt).not.toBeNull();
    const digest = archiveDigest(t.archive.db);
    const again = await t.must('filing.record', { year: 2026 });
    expect(again.items.map((i) => i.archivalCode)).toEqual(first.items.map((i) => i.archivalCode));
    expect(again.changes).toEqual([]);
    expect(again.filedAt).toBe(first.filedAt);
    expect(archiveDigest(t.archive.db)).toBe(digest);
  });

  it('says which numbers moved when an item was added or removed since the last filing', async () => {
    const jan = await activity('一月学习', '2026-01-10');
    await activity('三月调研', '2026-03-10');
    await t.must('filing.record', { year: 2026 });
    const feb = await activity('二月视察', '2026-02-10');
    await t.must('activities.delete', { id: jan.id });
    const pending = await t.must('filing.items', { year: 2026 });
    expect(pending.changes).toContainEqual({ kind: 'activity', recordId: feb.id, title: '二月视察', before: null, after: 'WS·2026-D30-LLZ-0001' });
    expect(pending.changes).toContainEqual({ kind: 'activity', recordId: jan.id, title: '一月学习', before: 'WS·2026-D30-LLZ-0001', after: null });
    expect(pending.changes).toHaveLength(2); // 三月调研 kept 0002
    const recorded = await t.must('filing.record', { year: 2026 });
    expect(recorded.changes).toHaveLength(2);
    expect((await t.must('filing.items', { year: 2026 })).changes).toEqual([]);
  });
});
