import { beforeEach, describe, expect, it } from 'vitest';
import { roads } from '../fixtures/sampleRecords';
import { errorOf } from '../helpers/archiveQueries';
import { expectListFilter, recordKindArchive } from '../helpers/recordKindArchive';

/** searchHits: full-text search rows (rowid = 3 × 10^10 + proposal id) matching a phrase. */
const { t, ids, count, auditActions, searchHits } = recordKindArchive('proposal', '张伟', '李红', '王建国');
let zhang: number, li: number, wang: number;
beforeEach(() => void ([zhang, li, wang] = ids));

describe('proposals', () => {
  it('creates with a lead and co-signers, updates, deletes and restores, with an audit row each', async () => {
    const p = await t.must('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [wang, li] });
    expect(p).toMatchObject({ leadMemberId: zhang, leadMemberName: '张伟', filing: 'pending', result: null });
    expect(p.cosigners).toEqual([
      { memberId: li, name: '李红' },
      { memberId: wang, name: '王建国' },
    ]);

    const u = await t.must('proposals.update', {
      id: p.id,
      patch: {
        filing: 'accepted',
        mainUnit: '镇交通办',
        assistUnits: '镇财政所',
        replyOn: '2026-06-30',
        result: 'B',
        satisfaction: 'basically',
      },
    });
    expect(u).toMatchObject({ filing: 'accepted', result: 'B', satisfaction: 'basically', cosigners: p.cosigners });
    const v = await t.must('proposals.update', { id: p.id, patch: { cosignerIds: [li] } });
    expect(v.cosigners).toEqual([{ memberId: li, name: '李红' }]);

    await t.must('proposals.delete', { id: p.id });
    expect((await t.must('proposals.list', {})).total).toBe(0);
    expect(errorOf(await t.call('proposals.get', { id: p.id }))?.code).toBe('NOT_FOUND');
    const r = await t.must('proposals.restore', { id: p.id });
    expect(r.cosigners).toEqual(v.cosigners);
    expect(auditActions(p.id)).toEqual(['create', 'update', 'update', 'delete', 'restore']);
  });

  it('refuses the lead as co-signer, unknown members, impossible dates and an empty title; writes nothing', async () => {
    const leadToo = errorOf(
      await t.call('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [li, zhang] }),
    );
    expect(leadToo?.code).toBe('INVALID_INPUT');
    expect(leadToo?.message).toContain('领衔委员不能同时列为联名人');

    const unknownLead = errorOf(await t.call('proposals.create', { ...roads, leadMemberId: 999 }));
    expect(unknownLead).toEqual({ code: 'INVALID_INPUT', message: '找不到编号为 999 的委员，不能作为提案领衔人。' });
    const unknownCosigner = errorOf(
      await t.call('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [li, 998] }),
    );
    expect(unknownCosigner?.message).toBe('找不到编号为 998 的委员，不能作为提案联名人。');
    await t.must('members.delete', { id: wang });
    const binned = errorOf(await t.call('proposals.create', { ...roads, cosignerIds: [wang] }));
    expect(binned?.message).toBe('委员 王建国 在回收站中，不能作为提案联名人；请先从回收站恢复。');

    const badDate = errorOf(await t.call('proposals.create', { ...roads, submittedOn: '2026-02-30' }));
    expect(badDate?.code).toBe('INVALID_INPUT');
    expect(badDate?.message).toContain('日期无效');
    const noTitle = errorOf(await t.call('proposals.create', { ...roads, title: ' ' }));
    expect(noTitle?.message).toContain('请填写提案案由');
    const badResult = errorOf(await t.call('proposals.create', { ...roads, result: 'E' as never }));
    expect(badResult?.message).toContain('办理结果只能是 A、B、C 或 D');

    expect(count('SELECT count(*) AS n FROM proposals')).toBe(0);
    expect(count('SELECT count(*) AS n FROM proposal_cosigners')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'proposal'")).toBe(0);
  });

  it('refuses an update that would make the lead a co-signer, against the stored co-signers too', async () => {
    const p = await t.must('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [li] });
    const r = errorOf(await t.call('proposals.update', { id: p.id, patch: { leadMemberId: li } }));
    expect(r).toEqual({ code: 'INVALID_INPUT', message: '领衔委员不能同时列为联名人' });
    const s = errorOf(await t.call('proposals.update', { id: p.id, patch: { cosignerIds: [zhang] } }));
    expect(s?.message).toBe('领衔委员不能同时列为联名人');
    const swapped = await t.must('proposals.update', { id: p.id, patch: { leadMemberId: li, cosignerIds: [zhang] } });
    expect([swapped.leadMemberName, swapped.cosigners.map((c) => c.name)]).toEqual(['李红', ['张伟']]);
    expect(auditActions(p.id)).toEqual(['create', 'update']);
  });

  it('keeps a co-signer already on it after they went to the recycle bin', async () => {
    const p = await t.must('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [wang] });
    await t.must('members.delete', { id: wang });
    const u = await t.must('proposals.update', { id: p.id, patch: { cosignerIds: [wang, li] } });
    expect(u.cosigners.map((c) => c.name)).toEqual(['李红', '王建国']);
  });

  it('lists by year, filing, member (lead or co-signer) and text, newest first', async () => {
    await t.must('proposals.create', { ...roads, leadMemberId: zhang, cosignerIds: [li] });
    await t.must('proposals.create', {
      year: 2026,
      title: '关于加强养老服务的提案',
      submittedOn: '2026-01-12',
      leadMemberId: li,
      filing: 'accepted',
    });
    await t.must('proposals.create', { year: 2025, title: '关于治理河道的提案', leadMemberId: wang });
    const titles = async (input: Parameters<typeof t.must>[1]) =>
      (await t.must('proposals.list', input as never)).items.map((p) => p.title);
    expect(await titles({})).toEqual(['关于加强养老服务的提案', roads.title, '关于治理河道的提案']);
    expect(await titles({ year: 2025 })).toEqual(['关于治理河道的提案']);
    expect(await titles({ filing: 'accepted' })).toEqual(['关于加强养老服务的提案']);
    expect(await titles({ memberId: li })).toEqual(['关于加强养老服务的提案', roads.title]);
    expect(await titles({ memberId: zhang })).toEqual([roads.title]);
    expect(await titles({ q: '硬化' })).toEqual([roads.title]);
    expect(await titles({ q: '0123' })).toEqual([roads.title]);
    expect(await titles({ limit: 1, offset: 1 })).toEqual([roads.title]);
  });

  it('lists by 办理结果, a page at a time with the count of all that match', async () => {
    for (const [i, result] of (['A', 'B', 'A', null] as const).entries()) {
      await t.must('proposals.create', {
        year: 2026,
        title: `第${i + 1}件提案`,
        submittedOn: `2026-01-1${i}`,
        filing: 'accepted',
        result,
      });
    }
    await expectListFilter(t, 'proposals', { result: 'A' }, ['第3件提案', '第1件提案']);
    expect(await t.refusal('proposals.list', { result: 'E' as never })).toContain('办理结果无效');
  });

  it('keeps the full-text search index in step: found while live, gone in the recycle bin', async () => {
    const p = await t.must('proposals.create', roads);
    const key = 3 * 10_000_000_000 + p.id;
    expect(searchHits('农村道')).toEqual([key]);
    expect(searchHits('村组道路')).toEqual([key]);
    await t.must('proposals.update', { id: p.id, patch: { title: '关于修缮乡村公路的提案' } });
    expect(searchHits('农村道')).toEqual([]);
    expect(searchHits('乡村公')).toEqual([key]);
    await t.must('proposals.delete', { id: p.id });
    expect(searchHits('乡村公')).toEqual([]);
    await t.must('proposals.restore', { id: p.id });
    expect(searchHits('乡村公')).toEqual([key]);
  });
});

describe('proposals: filing and handling agree', () => {
  const refusal = async (input: Record<string, unknown>) => {
    const before = count('SELECT count(*) AS n FROM proposals');
    const r = await t.call('proposals.create', { ...roads, ...input } as never);
    expect(count('SELECT count(*) AS n FROM proposals')).toBe(before);
    const error = errorOf(r);
    return error && { ...error, message: error.message.replace(/^输入有误：/, '') };
  };

  it('refuses a reply, a result or a satisfaction on a proposal not (yet) accepted, in Chinese', async () => {
    expect((await refusal({ filing: 'not_accepted', satisfaction: 'satisfied' }))?.message).toBe(
      '不立案的提案没有承办单位的答复，不能填写委员满意度',
    );
    expect((await refusal({ filing: 'not_accepted', result: 'A' }))?.message).toBe(
      '不立案的提案没有承办单位的答复，不能填写办理结果',
    );
    expect((await refusal({ filing: 'converted', replyOn: '2026-05-01' }))?.message).toBe(
      '转社情民意的提案没有承办单位的答复，不能填写答复日期',
    );
    // Before 立案 (待审查, also when filing is left out) there is no result yet either.
    const pending = await refusal({ result: 'B' });
    expect(pending?.code).toBe('INVALID_INPUT');
    expect(pending?.message).toBe('待审查的提案没有承办单位的答复，不能填写办理结果');
  });

  it('refuses a satisfaction before any answer, and a reply dated before the proposal', async () => {
    expect((await refusal({ filing: 'accepted', satisfaction: 'basically' }))?.message).toBe(
      '委员满意度在答复之后征询：请先填写答复日期或办理结果',
    );
    expect((await refusal({ filing: 'accepted', submittedOn: '2026-03-01', replyOn: '2026-02-28' }))?.message).toBe(
      '答复日期不能早于提交日期（2026-03-01）',
    );
  });

  it('checks an update against the stored proposal with the patch applied', async () => {
    const p = await t.must('proposals.create', {
      ...roads,
      filing: 'accepted',
      replyOn: '2026-06-30',
      result: 'B',
      satisfaction: 'satisfied',
    });
    const unfiled = await t.call('proposals.update', { id: p.id, patch: { filing: 'not_accepted' } });
    expect(errorOf(unfiled)?.message).toBe('不立案的提案没有承办单位的答复，不能填写答复日期');
    const early = await t.call('proposals.update', { id: p.id, patch: { submittedOn: '2026-07-01' } });
    expect(errorOf(early)?.message).toBe('答复日期不能早于提交日期（2026-07-01）');
    expect(await t.must('proposals.get', { id: p.id })).toMatchObject({
      filing: 'accepted',
      submittedOn: '2026-01-10',
    });
    // Clearing the handling along with the filing is accepted.
    const cleared = await t.must('proposals.update', {
      id: p.id,
      patch: { filing: 'not_accepted', replyOn: null, result: null, satisfaction: null },
    });
    expect(cleared).toMatchObject({ filing: 'not_accepted', replyOn: null, result: null, satisfaction: null });
  });
});
