import { beforeEach, describe, expect, it } from 'vitest';
import { summary } from '../fixtures/sampleRecords';
import { errorOf } from '../helpers/archiveQueries';
import { recordKindArchive } from '../helpers/recordKindArchive';

const { t, ids, count, auditActions, expectSearchFollowsBin } = recordKindArchive('document', '张伟');
let zhang: number;
beforeEach(() => void ([zhang] = ids));

describe('documents', () => {
  it('creates, updates, deletes and restores, with an audit row each', async () => {
    const d = await t.must('documents.create', summary);
    expect(d).toMatchObject({ kind: 'annual_summary', memberId: null, memberName: null, body: summary.body });
    const u = await t.must('documents.update', { id: d.id, patch: { body: '' } });
    expect(u.body).toBe('');
    await t.must('documents.delete', { id: d.id });
    expect((await t.must('documents.list', {})).total).toBe(0);
    await t.must('documents.restore', { id: d.id });
    expect(auditActions(d.id)).toEqual(['create', 'update', 'delete', 'restore']);
    const after = t.archive.db
      .prepare("SELECT after FROM audit_log WHERE entity = 'document' AND action = 'update'")
      .pluck()
      .get() as string;
    expect(JSON.parse(after).body).toBe('');
  });

  it('names the member of a 委员履职小结, and only of that kind', async () => {
    const own = await t.must('documents.create', {
      year: 2026,
      kind: 'member_summary',
      memberId: zhang,
      title: '张伟2026年履职小结',
    });
    expect(own).toMatchObject({ memberName: '张伟', body: '' });
    const noMember = errorOf(await t.call('documents.create', { ...summary, kind: 'member_summary' }));
    expect(noMember?.code).toBe('INVALID_INPUT');
    expect(noMember?.message).toContain('委员履职小结请选择是哪一位委员的');
    const stray = errorOf(await t.call('documents.create', { ...summary, memberId: zhang }));
    expect(stray?.message).toContain('只有委员履职小结才需要选择委员');
    const unknown = errorOf(
      await t.call('documents.create', { ...summary, kind: 'member_summary', memberId: 999, title: '小结' }),
    );
    expect(unknown).toEqual({
      code: 'INVALID_INPUT',
      message: '找不到编号为 999 的委员，不能作为委员履职小结的委员。',
    });
    const kindOnly = errorOf(await t.call('documents.update', { id: own.id, patch: { kind: 'other' } }));
    expect(kindOnly).toEqual({ code: 'INVALID_INPUT', message: '只有委员履职小结才需要选择委员' });
    const moved = await t.must('documents.update', { id: own.id, patch: { kind: 'other', memberId: null } });
    expect(moved.memberId).toBeNull();
    expect(auditActions(own.id)).toEqual(['create', 'update']);
  });

  it('refuses a bad kind, an empty title and a bad year; writes nothing', async () => {
    const badKind = errorOf(await t.call('documents.create', { ...summary, kind: 'memo' as never }));
    expect(badKind?.message).toContain('请选择有效的文档类别');
    const noTitle = errorOf(await t.call('documents.create', { ...summary, title: '  ' }));
    expect(noTitle?.message).toContain('请填写文档标题');
    const badYear = errorOf(await t.call('documents.create', { ...summary, year: 1900 }));
    expect(badYear?.message).toContain('年度不能早于 1949 年');
    expect(count('SELECT count(*) AS n FROM documents')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'document'")).toBe(0);
  });

  it('lists a year’s documents in the order of the volume, by kind and member', async () => {
    await t.must('documents.create', summary);
    await t.must('documents.create', { year: 2026, kind: 'annual_plan', title: '2026年工作计划' });
    await t.must('documents.create', { year: 2026, kind: 'member_summary', memberId: zhang, title: '张伟履职小结' });
    await t.must('documents.create', { year: 2025, kind: 'annual_plan', title: '2025年工作计划' });
    const titles = async (input: Parameters<typeof t.must>[1]) =>
      (await t.must('documents.list', input as never)).items.map((d) => d.title);
    expect(await titles({ year: 2026 })).toEqual(['2026年工作计划', summary.title, '张伟履职小结']);
    expect(await titles({ kind: 'annual_plan' })).toEqual(['2026年工作计划', '2025年工作计划']);
    expect(await titles({ memberId: zhang })).toEqual(['张伟履职小结']);
    expect(await titles({ q: '视察调研' })).toEqual([summary.title]);
  });

  it('keeps the full-text search index in step', () => expectSearchFollowsBin('documents', summary, 6, '联络组'));
});
