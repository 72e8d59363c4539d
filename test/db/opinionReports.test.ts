import { beforeEach, describe, expect, it } from 'vitest';
import { parking } from '../fixtures/sampleRecords';
import { errorOf } from '../helpers/archiveQueries';
import { expectListFilter, recordKindArchive } from '../helpers/recordKindArchive';

const { t, ids, count, auditActions, expectSearchFollowsBin } = recordKindArchive(
  'opinion_report',
  '张伟',
  '李红',
  '王建国',
);
let zhang: number, li: number, wang: number;
beforeEach(() => void ([zhang, li, wang] = ids));

describe('opinion reports', () => {
  it('creates with ordered authors, adopts, endorses, deletes and restores, with an audit row each', async () => {
    const r = await t.must('opinionReports.create', { ...parking, authorIds: [wang, zhang] });
    expect(r.status).toBe('submitted');
    expect(r.authors).toEqual([
      { memberId: wang, name: '王建国' },
      { memberId: zhang, name: '张伟' },
    ]);
    const adopted = await t.must('opinionReports.update', {
      id: r.id,
      patch: { status: 'adopted', adoptedLevel: 'city', adoptedOn: '2026-04-01' },
    });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedLevel: 'city', authors: r.authors });
    const endorsed = await t.must('opinionReports.update', {
      id: r.id,
      patch: { endorsement: '请住建局研究办理', endorsedBy: '副市长', endorsedOn: '2026-04-10', authorIds: [zhang] },
    });
    expect(endorsed).toMatchObject({ endorsedBy: '副市长', authors: [{ memberId: zhang, name: '张伟' }] });

    await t.must('opinionReports.delete', { id: r.id });
    expect((await t.must('opinionReports.list', {})).total).toBe(0);
    expect((await t.must('opinionReports.list', { scope: 'deleted' })).total).toBe(1);
    expect((await t.must('opinionReports.restore', { id: r.id })).authors).toEqual(endorsed.authors);
    expect(auditActions(r.id)).toEqual(['create', 'update', 'update', 'delete', 'restore']);
  });

  it('refuses adoption without a level, a level without adoption, unknown authors and bad input; writes nothing', async () => {
    const noLevel = errorOf(await t.call('opinionReports.create', { ...parking, status: 'adopted' }));
    expect(noLevel?.code).toBe('INVALID_INPUT');
    expect(noLevel?.message).toContain('已采用的社情民意请填写采用层级');
    expect(await t.refusal('opinionReports.create', { ...parking, adoptedLevel: 'county' })).toContain(
      '只有已采用的社情民意才能填写采用层级和采用日期',
    );
    const unknown = errorOf(await t.call('opinionReports.create', { ...parking, authorIds: [zhang, 999] }));
    expect(unknown).toEqual({ code: 'INVALID_INPUT', message: '找不到编号为 999 的委员，不能作为社情民意作者。' });
    expect(await t.refusal('opinionReports.create', { ...parking, authorIds: [zhang, zhang] })).toContain(
      '同一位委员不能重复列为作者',
    );
    expect(await t.refusal('opinionReports.create', { ...parking, submittedOn: '2026-02-30' })).toContain('日期无效');
    expect(await t.refusal('opinionReports.create', { ...parking, title: '' })).toContain('请填写社情民意标题');
    expect(count('SELECT count(*) AS n FROM opinion_reports')).toBe(0);
    expect(count('SELECT count(*) AS n FROM opinion_report_members')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'opinion_report'")).toBe(0);
  });

  it('checks the adoption rule against the stored report when a patch changes part of it', async () => {
    const r = await t.must('opinionReports.create', { ...parking, status: 'adopted', adoptedLevel: 'county' });
    const back = errorOf(await t.call('opinionReports.update', { id: r.id, patch: { status: 'submitted' } }));
    expect(back).toEqual({ code: 'INVALID_INPUT', message: '只有已采用的社情民意才能填写采用层级和采用日期' });
    expect(await t.refusal('opinionReports.update', { id: r.id, patch: { adoptedLevel: null } })).toBe(
      '已采用的社情民意请填写采用层级',
    );
    const u = await t.must('opinionReports.update', { id: r.id, patch: { status: 'submitted', adoptedLevel: null } });
    expect(u.adoptedLevel).toBeNull();
    expect(auditActions(r.id)).toEqual(['create', 'update']);
  });

  it('lists by year, status, author and text', async () => {
    await t.must('opinionReports.create', { ...parking, authorIds: [zhang, li] });
    await t.must('opinionReports.create', { year: 2026, title: '村民反映饮水安全', status: 'draft', authorIds: [li] });
    await t.must('opinionReports.create', { year: 2025, title: '关于集市秩序的建议', authorIds: [wang] });
    const titles = async (input: Parameters<typeof t.must>[1]) =>
      (await t.must('opinionReports.list', input as never)).items.map((r) => r.title);
    expect(await titles({ year: 2026 })).toEqual([parking.title, '村民反映饮水安全']);
    expect(await titles({ status: 'draft' })).toEqual(['村民反映饮水安全']);
    expect(await titles({ memberId: li })).toEqual([parking.title, '村民反映饮水安全']);
    expect(await titles({ memberId: wang })).toEqual(['关于集市秩序的建议']);
    expect(await titles({ q: '闲置地块' })).toEqual([parking.title]);
  });

  it('lists by 采用层级, a page at a time with the count of all that match', async () => {
    const adopted = (title: string, adoptedLevel: 'city' | 'county', adoptedOn: string) =>
      t.must('opinionReports.create', {
        year: 2026,
        title,
        status: 'adopted',
        adoptedLevel,
        adoptedOn,
        submittedOn: adoptedOn,
      });
    await adopted('市里采用的一篇', 'city', '2026-03-01');
    await adopted('区里采用的一篇', 'county', '2026-04-01');
    await adopted('市里又采用一篇', 'city', '2026-05-01');
    await t.must('opinionReports.create', { year: 2026, title: '还在草稿', status: 'draft' });
    await expectListFilter(t, 'opinionReports', { adoptedLevel: 'city' }, ['市里又采用一篇', '市里采用的一篇']);
    expect(await t.refusal('opinionReports.list', { adoptedLevel: 'town' as never })).toContain('采用层级无效');
  });

  it('keeps the full-text search index in step', () => expectSearchFollowsBin('opinionReports', parking, 4, '停车难'));
});
