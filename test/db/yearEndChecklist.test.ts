import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YearEndCheckKey, YearEndChecklist } from '../../shared/contract/yearEnd';
import { testArchive, type TestArchive } from '../helpers/archive';
import { yearFixture } from '../helpers/yearFixture';

const YEAR = 2025;
let t: TestArchive;
let f: ReturnType<typeof yearFixture>;
let member: number;

const openKeys = (c: YearEndChecklist) => c.items.filter((i) => !i.ok).map((i) => i.key);
const item = (c: YearEndChecklist, key: YearEndCheckKey) => c.items.find((i) => i.key === key)!;

/** A held activity with the 四落实 and an attendance sheet: nothing for the checklist to find. */
const complete = (startsOn: string, title: string, planItemId?: number) =>
  f.activity('inspection', startsOn, [[member, 'present']], {
    title,
    place: '镇政府三楼会议室',
    responsible: '王组长',
    content: '委员实地察看并座谈交流。',
    planItemId,
  });

beforeEach(async () => {
  t = await testArchive();
  f = yearFixture(t);
  member = await f.member('张伟');
});
afterEach(() => t.close());

describe('yearEnd.checklist', () => {
  it('leaves every item open for a nearly empty year, naming what is missing', async () => {
    // One held activity with neither content, place, responsible nor attendance sheet.
    await f.activity('study', `${YEAR}-03-10`, [], { title: '春季学习会' });
    await t.must('plan.create', { year: YEAR, month: 5, title: '组织委员视察安全生产' });
    await t.must('proposals.create', { year: YEAR, title: '关于改善农村道路的建议', leadMemberId: member });
    await t.must('opinionReports.create', {
      year: YEAR,
      title: '关于菜市场管理的情况反映',
      authorIds: [member],
      status: 'draft',
    });
    // An empty annual summary does not count.
    await t.must('documents.create', { year: YEAR, kind: 'annual_summary', title: '年度总结（空）', body: '  ' });

    const c = await t.must('yearEnd.checklist', { year: YEAR });
    expect(openKeys(c)).toEqual([
      'annualSummary',
      'halfYearSummary',
      'annualPlan',
      'activityRecords',
      'fourFixes',
      'planItems',
      'quarters',
      'collective',
      'memberDuties',
      'proposalResults',
      'reportDrafts',
    ]);
    expect(c.open).toBe(11);
    expect(item(c, 'activityRecords').detail).toContain('“春季学习会”');
    expect(item(c, 'planItems').detail).toContain('5月 组织委员视察安全生产');
    // The plan item is there: what is wanted is the plan as written, and where to add it.
    expect(item(c, 'annualPlan').detail).toBe(
      '已在“年度计划”中列出 1 项计划事项；档案册还要收一份成文的年度工作计划：可先“生成年度计划初稿”（按这些计划事项起草），修改后保存',
    );
    expect(item(c, 'annualPlan').detail).not.toContain('正文');
    expect(item(c, 'annualPlan').link).toBe('documents');
    expect(item(c, 'quarters').detail).toBe('第二季度、第三季度、第四季度没有已开展的活动');
    expect(item(c, 'collective').detail).toBe('已开展集体活动 1 次，还差 3 次');
    expect(item(c, 'memberDuties').detail).toBe('1 位委员中有 1 位还有履职事项未完成');
    expect(item(c, 'proposalResults').detail).toContain('关于改善农村道路的建议');
    expect(item(c, 'reportDrafts').detail).toContain('关于菜市场管理的情况反映');
    expect(item(c, 'annualSummary').link).toBe('documents');
    expect(item(c, 'reportDrafts').link).toBe('opinionReports');
  });

  it('closes each item once the year has what the volume needs', async () => {
    const plan = await t.must('plan.create', { year: YEAR, month: 5, title: '组织委员视察安全生产' });
    const first = await f.activity('study', `${YEAR}-03-10`, [], { title: '春季学习会' });
    await t.must('activities.update', {
      id: first,
      patch: {
        content: '学习全会精神。',
        place: '镇会议室',
        responsible: '王组长',
        participants: [{ memberId: member, attendance: 'present' }],
      },
    });
    await complete(`${YEAR}-05-15`, '视察安全生产', plan.id);
    await complete(`${YEAR}-08-20`, '视察人居环境');
    await complete(`${YEAR}-11-05`, '视察冬季供暖');
    // Cancelled and deleted activities are not held ones: they are never counted as lacking.
    await f.activity('research', `${YEAR}-06-01`, [], { title: '取消的调研', status: 'cancelled' });
    await t.must('activities.delete', { id: await f.activity('research', `${YEAR}-06-02`, []) });

    const proposal = await t.must('proposals.create', { year: YEAR, title: '关于改善农村道路的建议' });
    await t.must('proposals.update', { id: proposal.id, patch: { filing: 'accepted', result: 'A' } });
    await t.must('proposals.create', { year: YEAR, title: '不立案的提案', filing: 'not_accepted' });
    const report = await t.must('opinionReports.create', {
      year: YEAR,
      title: '情况反映',
      authorIds: [member],
      status: 'draft',
    });
    await t.must('opinionReports.update', { id: report.id, patch: { status: 'submitted' } });

    await t.must('documents.create', { year: YEAR, kind: 'annual_plan', title: '年度工作计划', body: '一、学习。' });
    await t.must('documents.create', { year: YEAR, kind: 'half_year_summary', title: '半年小结', body: '上半年…' });
    const draft = await t.must('summary.draft', { year: YEAR, save: true });
    // Every item of the year's scheme done by hand, as many times as it asks.
    const scheme = await t.must('schemes.forYear', { year: YEAR });
    for (const it of scheme.items)
      for (let n = 0; n < it.requiredCount; n++)
        await t.must('dutyRecords.create', {
          memberId: member,
          year: YEAR,
          itemCode: it.code,
          description: `完成${it.label}`,
        });

    const c = await t.must('yearEnd.checklist', { year: YEAR });
    expect(c.items.filter((i) => !i.ok)).toEqual([]);
    expect(c.open).toBe(0);
    expect(item(c, 'annualSummary').detail).toBe(`已有“${draft.document!.title}”`);
    expect(item(c, 'planItems').detail).toBe('1 项计划都已落实');
    expect(item(c, 'collective').detail).toBe('已开展集体活动 4 次');

    // Another year is judged on its own records.
    expect((await t.must('yearEnd.checklist', { year: YEAR + 1 })).open).toBeGreaterThan(0);
  });

  it('refuses an invalid year in Chinese', async () => {
    expect(await t.refusal('yearEnd.checklist', { year: 1800 })).toContain('年度不能早于 1949 年');
  });
});

describe('yearEnd.files', () => {
  it('lists the finished files of the year’s exports folder, newest first, without half-written ones', async () => {
    const empty = await t.must('yearEnd.files', { year: YEAR });
    expect(empty).toEqual({ year: YEAR, folder: `${t.file}.exports${path.sep}${YEAR}`, files: [] });

    const ledgers = await t.must('export.ledgers', { year: YEAR });
    fs.writeFileSync(path.join(empty.folder, '2025年度履职档案.docx.part'), 'half');
    fs.writeFileSync(path.join(empty.folder, 'notes.txt'), 'stray');
    const older = path.join(empty.folder, '2025年度履职档案.pdf');
    fs.writeFileSync(older, '%PDF-');
    fs.utimesSync(older, new Date('2025-01-01'), new Date('2025-01-01'));

    const r = await t.must('yearEnd.files', { year: YEAR });
    expect(r.files.map((x) => [x.name, x.kind])).toEqual([
      [ledgers.files[0].name, 'xlsx'],
      ['2025年度履职档案.pdf', 'pdf'],
    ]);
    expect(r.files[0].bytes).toBe(ledgers.files[0].bytes);
    expect(r.files[1].modifiedAt).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('yearEnd.checklist: the annual plan', () => {
  it('without plan items or a written plan, says what is wanted and where', async () => {
    const c = await t.must('yearEnd.checklist', { year: YEAR });
    expect(item(c, 'annualPlan')).toMatchObject({ ok: false, link: 'documents' });
    expect(item(c, 'annualPlan').detail).toMatch(
      /^还没有成文的年度工作计划：可先在“年度计划”中逐项列出计划的活动，再“生成年度计划初稿”；或在“文档”中新增一份/,
    );
  });

  it('closes once a written plan with text exists, plan items or not', async () => {
    await t.must('plan.create', { year: YEAR, month: 5, title: '组织委员视察安全生产' });
    await t.must('documents.create', {
      year: YEAR,
      kind: 'annual_plan',
      title: `${YEAR}年工作计划`,
      body: '一、加强学习',
    });
    const c = await t.must('yearEnd.checklist', { year: YEAR });
    expect(item(c, 'annualPlan')).toMatchObject({ ok: true, detail: `已有“${YEAR}年工作计划”` });
  });
});
