import { beforeEach, describe, expect, it } from 'vitest';
import { school } from '../fixtures/sampleRecords';
import { errorOf } from '../helpers/archiveQueries';
import { recordKindArchive } from '../helpers/recordKindArchive';

const { t, ids, count, auditActions, expectSearchFollowsBin } = recordKindArchive('deed', '张伟');
let zhang: number;
beforeEach(() => void ([zhang] = ids));

describe('exemplary deeds', () => {
  it('creates, updates, deletes and restores, with an audit row each', async () => {
    const d = await t.must('deeds.create', { ...school, memberId: zhang });
    expect(d).toMatchObject({ memberName: '张伟', year: 2026, source: '区融媒体中心' });
    const u = await t.must('deeds.update', { id: d.id, patch: { memberId: null, source: '' } });
    expect(u).toMatchObject({ memberId: null, memberName: null, source: null });
    await t.must('deeds.delete', { id: d.id });
    expect((await t.must('deeds.list', { year: 2026 })).total).toBe(0);
    await t.must('deeds.restore', { id: d.id });
    expect(auditActions(d.id)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('refuses unknown or binned members, impossible dates and an empty title; writes nothing', async () => {
    const unknown = errorOf(await t.call('deeds.create', { ...school, memberId: 999 }));
    expect(unknown).toEqual({ code: 'INVALID_INPUT', message: '找不到编号为 999 的委员，不能作为事迹的主人公。' });
    const li = await t.must('members.create', { name: '李红' });
    await t.must('members.delete', { id: li.id });
    expect(await t.refusal('deeds.create', { ...school, memberId: li.id })).toContain('李红 在回收站中');
    const badDate = errorOf(await t.call('deeds.create', { ...school, happenedOn: '2026-02-30' }));
    expect(badDate?.code).toBe('INVALID_INPUT');
    expect(await t.refusal('deeds.create', { ...school, title: '' })).toContain('请填写事迹标题');
    expect(count('SELECT count(*) AS n FROM deeds')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'deed'")).toBe(0);
  });

  it('lists by year, member and text, newest first', async () => {
    await t.must('deeds.create', { ...school, memberId: zhang });
    await t.must('deeds.create', { year: 2026, title: '联络组开展义诊', happenedOn: '2026-10-15' });
    await t.must('deeds.create', { year: 2025, title: '帮扶困难户', memberId: zhang });
    const titles = async (input: Parameters<typeof t.must>[1]) =>
      (await t.must('deeds.list', input as never)).items.map((d) => d.title);
    expect(await titles({})).toEqual(['联络组开展义诊', school.title, '帮扶困难户']);
    expect(await titles({ year: 2026, memberId: zhang })).toEqual([school.title]);
    expect(await titles({ q: '图书' })).toEqual([school.title]);
  });

  it('keeps the full-text search index in step', () => expectSearchFollowsBin('deeds', school, 5, '捐资助'));
});
