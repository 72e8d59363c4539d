import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { differences, figureText } from '../../db/drafts/figures';
import type { SummaryDraft } from '../../shared/contract/summary';
import { testArchive, type TestArchive } from '../helpers/archive';
import { yearFixture } from '../helpers/yearFixture';

// The year's three documents drafted from a small year entered as a clerk would: who did what is
// known, so every sentence a draft must (and must not) say can be asserted.

let t: TestArchive;
let ids: { zhang: number; li: number; wang: number; inspection: number };

beforeEach(async () => {
  t = await testArchive();
  const f = yearFixture(t);
  await t.must('group.update', { name: '城关镇政协联络组', parentCommittee: '江北区政协' });
  const zhang = await f.member('张伟');
  const li = await f.member('李红');
  const wang = await f.member('王强');
  const safety = await f.planItem(5, '视察全镇安全生产工作', 'inspection', { year: 2025, period: 'mid' });
  await f.planItem(4, '组织委员学习全国两会精神', 'study', { year: 2025, period: 'early' });
  await f.planItem(10, '召开下半年情况通报会', 'briefing', { year: 2025, period: 'late' });
  const inspection = await f.activity(
    'inspection',
    '2025-05-14',
    [
      [zhang, 'present'],
      [li, 'excused', '外出'],
    ],
    { title: '视察全镇安全生产工作', place: '柳塘村', planItemId: safety.id },
  );
  await f.activity('research', '2025-06-10', [[li, 'present']], {
    title: '农村养老服务专题调研',
    place: '镇敬老院',
    reportTitle: '关于农村养老服务的调研报告',
    suggestionsCount: 4,
    followUp: '镇政府已将养老服务站建设列入下年计划',
  });
  await f.activity(
    'inspection',
    '2025-09-03',
    [
      [zhang, 'present'],
      [li, 'present'],
      [wang, 'absent'],
    ],
    { title: '视察农村人居环境整治' },
  );
  await f.activity('study', '2025-08-01', [], { title: '计划中的学习', status: 'planned' });
  await t.must('proposals.create', {
    year: 2025,
    title: '关于加快农村公路建设的提案',
    leadMemberId: zhang,
    cosignerIds: [li],
    submittedOn: '2025-03-01',
    filing: 'accepted',
    mainUnit: '区交通运输局',
    result: 'A',
  });
  await t.must('proposals.create', {
    year: 2025,
    title: '关于建设高尔夫球场的提案',
    leadMemberId: wang,
    submittedOn: '2025-08-01',
    filing: 'not_accepted',
  });
  await t.must('opinionReports.create', {
    year: 2025,
    title: '关于规范农村宅基地审批的建议',
    authorIds: [li],
    submittedOn: '2025-04-02',
    status: 'adopted',
    adoptedLevel: 'city',
    endorsedBy: '市委副书记',
  });
  await f.opinionReport([zhang], '群众反映菜市场秩序问题', { year: 2025, submittedOn: '2025-10-09' });
  await t.must('opinionReports.create', { year: 2025, title: '草稿里的一条意见', authorIds: [wang], status: 'draft' });
  await t.must('deeds.create', { year: 2025, memberId: li, title: '捐资助学' });
  ids = { zhang, li, wang, inspection };
});
afterEach(() => t.close());

const lines = (d: SummaryDraft) => d.body.split('\n');
const headings = (d: SummaryDraft) => lines(d).filter((l) => /^[一二三四五六七八九十]、/.test(l));
const sectionOf = (d: SummaryDraft, heading: string) => {
  const all = lines(d);
  const start = all.findIndex((l) => l.startsWith(heading));
  const end = all.findIndex((l, i) => i > start && /^[一二三四五六七八九十]、/.test(l));
  return all.slice(start + 1, end === -1 ? undefined : end).join('\n');
};
/** Expects the section under `heading` to say each of `phrases`. */
const expectSection = (d: SummaryDraft, heading: string, ...phrases: string[]) => {
  const section = sectionOf(d, heading);
  for (const phrase of phrases) expect(section, heading).toContain(phrase);
};

/** Every figure stands in the text as its phrase says, and the text agrees with the figures. */
function expectFiguresInText(d: SummaryDraft) {
  expect(d.figures.length).toBeGreaterThan(0);
  for (const f of d.figures) expect(d.body).toContain(figureText(f));
  expect(differences(d.body, d.figures)).toEqual([]);
  expect(new Set(d.figures.map((f) => f.key)).size).toBe(d.figures.length);
}

describe('年度工作总结初稿', () => {
  it('names the party committee and the parent committee as the clerks do', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    expect(d.title).toBe('城关镇政协联络组2025年度工作总结');
    expect(lines(d)[0]).toContain('在城关镇党委的领导和江北区政协的指导下');
    expect(d.body).not.toContain('当地党委');
    expect(d.body).toContain('围绕城关镇党委、城关镇人民政府的中心工作');
    await t.must('group.update', { partyCommittee: '中共城关镇委员会', government: '城关镇政府' });
    const named = await t.must('summary.draft', { year: 2025 });
    expect(lines(named)[0]).toContain('在中共城关镇委员会的领导');
    expect(named.body).toContain('围绕中共城关镇委员会、城关镇政府的中心工作');
  });

  it('a 街道 group names its 党工委 and 办事处', async () => {
    await t.must('group.update', { name: '河西街道政协工委' });
    const d = await t.must('summary.draft', { year: 2025 });
    expect(lines(d)[0]).toContain('在河西街道党工委的领导');
    expect(d.body).toContain('河西街道办事处');
    expect(d.body).toContain('紧紧围绕全街道中心工作');
  });

  it('tells each section as narrative, with places, outcomes and what came of the research', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    expect(headings(d).map((h) => h.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
    ]);
    expect(lines(d)[0]).toContain('全年共开展各类活动3次');
    expectSection(
      d,
      '二、',
      '组织委员视察2次：5月，在柳塘村视察全镇安全生产工作；9月，视察农村人居环境整治。',
      '6月，在镇敬老院开展农村养老服务专题调研，形成《关于农村养老服务的调研报告》，委员提出意见建议4条，镇政府已将养老服务站建设列入下年计划',
      '形成调研报告1篇',
    );
    expect(sectionOf(d, '一、')).toContain('未专门组织集中学习');
  });

  it('cites the outcomes that matter and never presents a rejected proposal or a draft as an achievement', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    const voice = sectionOf(d, '四、');
    expect(voice).toContain('全组委员共提交提案2件，立案1件');
    expect(voice).toContain(
      '张伟委员领衔、1名委员联名的《关于加快农村公路建设的提案》经区交通运输局办理，已解决或采纳',
    );
    expect(d.body).not.toContain('高尔夫');
    expect(voice).toContain('报送社情民意信息2件，被采用1件');
    expect(voice).toContain('李红反映的《关于规范农村宅基地审批的建议》被市政协采用，并获市委副书记批示');
    expect(d.body).not.toContain('菜市场');
    expect(d.body).not.toContain('草稿里的一条意见');
    expect(sectionOf(d, '五、')).toContain('李红委员捐资助学');
  });

  it('names members only where they did something notable', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    // 张伟 led a proposal the department solved; 李红 wrote an adopted report and has a deed; 王强
    // led a rejected proposal, wrote a draft and missed an activity: nothing to cite him for.
    expect(d.body).toContain('张伟');
    expect(d.body).toContain('李红');
    expect(d.body).not.toContain('王强');
  });

  it('closes with the shortfalls the data shows and the plans that follow from them', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    expectSection(
      d,
      '七、存在的不足',
      '第一季度、第四季度未开展活动',
      '全年集体活动3次，未达到“年内组织集体活动不少于4次”的要求',
      '年初计划的工作还有2项没有落实：4月上旬组织委员学习全国两会精神和10月下旬召开下半年情况通报会',
    );
    const next = sectionOf(d, '八、下一步工作打算');
    expect(next).toContain('确保每季度至少开展一次');
    expect(lines(d).slice(-2)).toEqual(['城关镇政协联络组', '2025年12月']);
  });

  it('lists every figure it states beside the text, each with its source', async () => {
    const d = await t.must('summary.draft', { year: 2025 });
    expectFiguresInText(d);
    const byKey = Object.fromEntries(d.figures.map((f) => [f.key, f]));
    expect(byKey.held).toMatchObject({ value: '3', phrase: '全年共开展各类活动{}次' });
    expect(byKey.held.source).toContain('活动');
    expect(byKey.opinionReports.value).toBe('2');
    expect(byKey.accepted.value).toBe('1');
    expect(byKey.rate.value).toBe('66.7');
    for (const f of d.figures) expect(f.source.length).toBeGreaterThan(2);
  });

  it('is saved as a new editable document when asked, never over the clerk’s', async () => {
    await t.must('summary.draft', { year: 2025 });
    expect((await t.must('documents.list', { year: 2025, kind: 'annual_summary' })).total).toBe(0);
    const first = await t.must('summary.draft', { year: 2025, save: true });
    const second = await t.must('summary.draft', { year: 2025, save: true });
    expect(first.document).toMatchObject({
      kind: 'annual_summary',
      body: first.body,
      title: '城关镇政协联络组2025年度工作总结（初稿）',
    });
    expect(second.document!.id).not.toBe(first.document!.id);
  });

  it('says plainly when a year has nothing yet', async () => {
    const d = await t.must('summary.draft', { year: 2024 });
    expect(d.body).toContain('本年度未组织视察和专题调研活动。');
    expect(d.body).toContain('本年度未报送社情民意信息。');
    expect(sectionOf(d, '七、')).toContain('第一季度、第二季度、第三季度、第四季度未开展活动');
    expect(differences(d.body, d.figures)).toEqual([]);
  });
});

describe('半年工作小结初稿', () => {
  it('speaks of January–June only: what was held, by theme, with places and outcomes', async () => {
    const d = await t.must('summary.draftHalfYear', { year: 2025 });
    expect(d.title).toBe('城关镇政协联络组2025年上半年工作小结');
    expect(lines(d)[0]).toContain('2025年上半年，城关镇政协联络组在城关镇党委的领导和江北区政协的指导下');
    expect(lines(d)[0]).toContain('上半年共开展各类活动2次');
    expectSection(
      d,
      '一、主要工作开展情况',
      '（一）开展视察调研',
      '5月，在柳塘村视察全镇安全生产工作。',
      '形成《关于农村养老服务的调研报告》',
    );
    expect(d.body).not.toContain('人居环境');
  });

  it('counts proposals and opinion reports submitted so far, and the plan items done and pending', async () => {
    const d = await t.must('summary.draftHalfYear', { year: 2025 });
    expectSection(d, '二、', '已提交提案1件，立案1件', '报送社情民意信息1件，被采用1件');
    expect(sectionOf(d, '三、')).toContain(
      '年初计划上半年开展的2项工作中，已落实1项，尚未落实的有：4月上旬组织委员学习全国两会精神。',
    );
    expectSection(d, '四、下半年工作打算', '抓紧落实上半年未完成的1项计划工作。', '10月下旬，召开下半年情况通报会。');
    expectFiguresInText(d);
  });
});

describe('年度工作计划初稿', () => {
  beforeEach(async () => {
    const f = yearFixture(t);
    await f.planItem(3, '组织委员学习全国两会精神', 'study', { period: 'mid' });
    await f.planItem(6, '召开上半年情况通报会', 'briefing');
    await f.planItem(9, '开展社情民意信息征集', 'other', { period: 'early' });
  });

  it('opens with 指导思想 and last year’s figures, then sections by theme with each item’s month and 旬', async () => {
    const d = await t.must('summary.draftPlan', { year: 2026 });
    expect(d.title).toBe('城关镇政协联络组2026年工作计划');
    const open = lines(d)[0];
    expect(open).toContain('2026年，城关镇政协联络组将在城关镇党委的领导和江北区政协的指导下');
    expect(open).toContain('2025年，联络组共开展活动3次，委员提交提案2件、报送社情民意信息2件。');
    expect(headings(d).map((h) => h.slice(2))).toEqual([
      '加强委员学习',
      '深入开展视察调研',
      '加强协商议事和民主监督',
      '做好社情民意信息工作',
      '密切委员联系群众',
      '加强联络组自身建设',
    ]);
    expect(sectionOf(d, '一、')).toContain('3月中旬，组织委员学习全国两会精神。');
    expect(sectionOf(d, '四、')).toContain('9月上旬，开展社情民意信息征集。');
    expect(sectionOf(d, '六、')).toContain('6月，召开上半年情况通报会。');
    expectFiguresInText(d);
  });

  it('states the group’s standing commitments and the year’s duty scheme', async () => {
    const self = sectionOf(await t.must('summary.draftPlan', { year: 2026 }), '六、');
    expect(self).toContain('坚持每季度至少开展一次活动，年内组织集体活动不少于4次。');
    expect(self).toContain('每位委员全年完成“八个一”：一次工作调研、一次工作视察');
  });

  it('leaves last year out when the archive has no record of it', async () => {
    const d = await t.must('summary.draftPlan', { year: 2025 });
    expect(lines(d)[0]).not.toContain('2024年');
  });
});

describe('figures checked against the data once saved', () => {
  it('a saved summary whose figures the data no longer gives is shown, and the checklist names it', async () => {
    const saved = (await t.must('summary.draft', { year: 2025, save: true })).document!;
    const fresh = await t.must('summary.checkFigures', { documentId: saved.id });
    expect(fresh).toMatchObject({ documentId: saved.id, checked: true, differences: [] });
    expect(fresh.stated.map((f) => f.key)).toEqual(expect.arrayContaining(['held', 'opinionReports', 'accepted']));
    for (const f of fresh.stated) expect(f.inText).toBe(f.value);
    const f = yearFixture(t);
    await f.activity('study', '2025-11-20', [[ids.zhang, 'present']], { title: '学习会', collective: true });
    const check = await t.must('summary.checkFigures', { documentId: saved.id });
    expect(check.differences).toContainEqual(
      expect.objectContaining({ key: 'held', inText: '3', inData: '4', phrase: '全年共开展各类活动{}次' }),
    );
    const list = await t.must('yearEnd.checklist', { year: 2025 });
    const item = list.items.find((i) => i.key === 'annualSummary')!;
    expect(item.ok).toBe(false);
    expect(item.detail).toContain('全年开展活动写的是 3，数据是 4');
  });

  it('a figure the clerk rewrote in her own words is no longer checked', async () => {
    const saved = (await t.must('summary.draft', { year: 2025, save: true })).document!;
    await t.must('documents.update', {
      id: saved.id,
      patch: { body: saved.body.replace('全年共开展各类活动3次', '全年开展了三次活动') },
    });
    await yearFixture(t).activity('study', '2025-11-20', [], { title: '学习会' });
    const check = await t.must('summary.checkFigures', { documentId: saved.id });
    expect(check.differences.map((d) => d.key)).not.toContain('held');
  });

  it('other documents are not checked', async () => {
    const doc = await t.must('documents.create', {
      year: 2025,
      kind: 'other',
      title: '会议记录',
      body: '全年共开展各类活动9次',
    });
    expect(await t.must('summary.checkFigures', { documentId: doc.id })).toEqual({
      documentId: doc.id,
      checked: false,
      stated: [],
      differences: [],
    });
  });
});

describe('the saved drafts in the volume', () => {
  it('prints a saved plan and summary as items, their 一、 and （一） lines as 公文 headings', async () => {
    await t.must('summary.draftPlan', { year: 2025, save: true });
    await t.must('summary.draftHalfYear', { year: 2025, save: true });
    const annual = await t.must('summary.draft', { year: 2025, save: true });
    const volume = (await t.must('export.volume', { year: 2025, format: 'docx' })).files[0];
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(volume.path)))['word/document.xml']);
    const paragraphs = xml.split('</w:p>').map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    }));
    const styleOf = (text: string) => paragraphs.find((p) => p.text === text)?.style;
    expect(styleOf('一、加强学习，筑牢思想政治基础')).toBe('Heading2');
    expect(styleOf('（一）开展视察调研')).toBe('Heading3');
    expect(styleOf('一、加强委员学习')).toBe('Heading2');
    expect(paragraphs.some((p) => p.text === lines(annual)[0] && !p.style.startsWith('Heading'))).toBe(true);
  });
});
