import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';
import { yearFixture } from '../helpers/yearFixture';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
  const f = yearFixture(t);
  await t.must('group.update', { name: '城关镇政协联络组', parentCommittee: '江北区政协' });
  const zhang = await f.member('张伟');
  const li = await f.member('李红');
  // Only the second and third quarters have activities.
  await f.activity(
    'inspection',
    '2025-05-14',
    [
      [zhang, 'present'],
      [li, 'excused', '外出'],
    ],
    { title: '视察全镇安全生产工作' },
  );
  await f.activity(
    'inspection',
    '2025-09-03',
    [
      [zhang, 'present'],
      [li, 'present'],
    ],
    { title: '视察农村人居环境整治' },
  );
  await f.activity('research', '2025-06-10', [[li, 'present']], {
    title: '农村养老服务调研',
    reportTitle: '关于农村养老服务的调研报告',
    suggestionsCount: 4,
  });
  await f.activity('study', '2025-08-01', [], { title: '计划中的学习', status: 'planned' });
  await t.must('reports.create', {
    year: 2025,
    title: '关于规范农村宅基地审批的建议',
    authorIds: [li],
    status: 'adopted',
    adoptedLevel: 'city',
  });
  await t.must('reports.create', { year: 2025, title: '群众反映菜市场秩序问题', authorIds: [zhang] });
  await t.must('proposals.create', {
    year: 2025,
    title: '关于加快农村公路建设的提案',
    leadMemberId: zhang,
    cosignerIds: [li],
    filing: 'accepted',
  });
  await t.must('deeds.create', { year: 2025, memberId: li, title: '捐资助学' });
});
afterEach(() => t.close());

const sectionOf = (body: string, heading: string) => {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.includes(heading));
  const end = lines.findIndex((l, i) => i > start && /^[一二三四五六七八九十]、/.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
};

describe('annual summary draft', () => {
  it('tells the year from its records: inspections with months, adopted reports, quarters without activity', async () => {
    const draft = await t.must('summary.draft', { year: 2025 });
    expect(draft.title).toBe('城关镇政协联络组2025年度工作总结');
    expect(draft.document).toBeNull();
    const body = draft.body;
    expect(body.split('\n')[0]).toContain('2025年，城关镇政协联络组在江北区政协的指导');
    expect(body).toContain('全年共开展各类活动3次');
    const headings = body.split('\n').filter((l) => /^[一二三四五六七八九十]、/.test(l));
    expect(headings.map((h) => h[0])).toEqual(['一', '二', '三', '四', '五', '六', '七']);

    const inspections = sectionOf(body, '二、');
    expect(inspections).toContain('组织委员视察2次：5月视察全镇安全生产工作；9月视察农村人居环境整治。');
    expect(inspections).toContain('6月农村养老服务调研');
    expect(inspections).toContain('《关于农村养老服务的调研报告》');
    expect(sectionOf(body, '一、')).toContain('未专门组织集中学习');
    expect(sectionOf(body, '三、')).toContain('委员共提出意见建议4条');

    const reports = sectionOf(body, '四、');
    expect(reports).toContain('报送社情民意信息2件，被采用1件：《关于规范农村宅基地审批的建议》（李红）被市政协采用。');
    expect(reports).not.toContain('《群众反映菜市场秩序问题》被');
    expect(reports).toContain('《关于加快农村公路建设的提案》（张伟领衔，1名委员联名）');

    const duties = sectionOf(body, '五、');
    expect(duties).toContain('按照“八个一”履职要求，全组2名委员中，尚无委员全部完成');
    expect(duties).toContain('应到5人次，实到4人次，请假1人次');
    expect(duties).toContain('涌现出一批先进事迹：捐资助学（李红）');

    const shortfalls = sectionOf(body, '六、存在的不足');
    expect(shortfalls).toContain('第一季度、第四季度未开展活动');
    expect(shortfalls).toContain('全年集体活动3次，未达到“年内组织集体活动不少于4次”的要求');
    expect(shortfalls).toMatch(/张伟（[^）]*一次工作调研/);
    expect(shortfalls).toMatch(/李红（[^）]*一次民主监督/);
  });

  it('saves the draft as an editable annual_summary document when asked, and only then', async () => {
    await t.must('summary.draft', { year: 2025 });
    expect((await t.must('documents.list', { year: 2025, kind: 'annual_summary' })).total).toBe(0);
    const saved = await t.must('summary.draft', { year: 2025, save: true });
    expect(saved.document).toMatchObject({ year: 2025, kind: 'annual_summary', body: saved.body });
    expect(saved.document?.title).toBe('城关镇政协联络组2025年度工作总结（初稿）');
    const list = await t.must('documents.list', { year: 2025, kind: 'annual_summary' });
    expect(list.items.map((d) => d.id)).toEqual([saved.document?.id]);
    const edited = await t.must('documents.update', {
      id: saved.document!.id,
      patch: { body: `${saved.body}\n补充一段。` },
    });
    expect(edited.body.endsWith('补充一段。')).toBe(true);
    const log = t.archive.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'document' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(saved.document!.id);
    expect(log).toEqual(['create', 'update']);
  });

  it('says plainly when a year has nothing yet', async () => {
    const draft = await t.must('summary.draft', { year: 2024 });
    expect(draft.body).toContain('本年度未组织视察活动。');
    expect(draft.body).toContain('本年度未报送社情民意信息。');
    expect(sectionOf(draft.body, '六、存在的不足')).toContain('第一季度、第二季度、第三季度、第四季度未开展活动');
  });
});
