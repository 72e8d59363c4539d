import { MIN_COLLECTIVE_ACTIVITIES } from '../../shared/contract/stats';
import type { Draft } from './draftAnnual';
import { Figures } from './figures';
import { underLeadership } from './localNames';
import type { PeriodFacts, PlanItemFact } from './periodFacts';
import { monthPeriod, numerals, sentence, themeOfType, THEME_ORDER, type Theme } from './themes';

export interface PlanFacts {
  /** The year planned, its plan items and local names. */
  facts: PeriodFacts;
  /** Last year's figures, or null when the archive has no record of it. */
  lastYear: { year: number; held: number; proposals: number; opinionReports: number } | null;
  /** The duty scheme the year is bound to: its name and item labels. */
  scheme: { name: string; items: string[] };
}

const headings: Record<Theme, [string, (n: PeriodFacts['names']) => string]> = {
  study: ['加强委员学习', () => '坚持集中学习与个人自学相结合，提高委员的政治素质和履职能力。'],
  inspect: [
    '深入开展视察调研',
    (n) => `围绕${n.partyCommittee}、${n.government}的中心工作，组织委员开展视察和专题调研，形成有分量的调研报告。`,
  ],
  supervise: ['加强协商议事和民主监督', () => '围绕群众关心的热点难点问题开展协商座谈和民主监督，推动问题解决。'],
  opinion: ['做好社情民意信息工作', () => '引导每位委员全年至少报送社情民意信息1—2条，及时反映群众的意见和诉求。'],
  people: ['密切委员联系群众', () => '发挥委员联系群众的作用，开展委员接待日、公益帮扶等活动，为群众办实事、解难题。'],
  self: ['加强联络组自身建设', () => '健全学习、会议、活动制度，活动做到时间、地点、内容、责任人“四落实”。'],
};

/** A plan item's theme: its activity type's, or 社情民意 when its title says so. */
function themeOf(i: PlanItemFact): Theme {
  if (/社情民意/.test(i.title)) return 'opinion';
  return i.type ? themeOfType[i.type] : 'self';
}

/**
 * The annual work plan (年度工作计划): 指导思想 in one short paragraph, then sections by theme with
 * each plan item dated by its month and 旬, and the group's standing commitments.
 */
export function draftPlan({ facts: f, lastYear, scheme }: PlanFacts): Draft {
  const n = f.names;
  const fig = new Figures();
  const base = lastYear
    ? `${lastYear.year}年，联络组${fig.add('lastHeld', '上年开展活动', lastYear.held, `活动：${lastYear.year}年已开展的活动`, '共开展活动{}次')}，` +
      `委员${fig.add('lastProposals', '上年提交提案', lastYear.proposals, `提案：${lastYear.year}年的提案`, '提交提案{}件')}、` +
      `${fig.add('lastReports', '上年报送社情民意', lastYear.opinionReports, `社情民意：${lastYear.year}年已报送的（不含草稿）`, '报送社情民意信息{}件')}。`
    : '';
  const opening =
    `${f.year}年，${n.group}将${underLeadership(n)}，坚持团结和民主两大主题，紧紧围绕全${n.placeWord}中心工作，` +
    '组织委员认真履行政治协商、民主监督、参政议政职能，努力把联络组建设成为委员履职的平台和联系群众的桥梁。' +
    base +
    (f.plan.length
      ? `${f.year}年${fig.add('planItems', '计划事项', f.plan.length, `年度计划：${f.year}年的计划事项`, '计划安排重点工作{}项')}，具体如下。`
      : `${f.year}年重点做好以下工作。`);

  const sections: [string, string[]][] = THEME_ORDER.map((theme) => {
    const [heading, opener] = headings[theme];
    const items = f.plan.filter((i) => themeOf(i) === theme).map((i) => sentence(`${monthPeriod(i.month, i.period)}，${i.title}`));
    return [heading, [opener(n), ...items]];
  });
  const self = sections[sections.length - 1][1];
  self.push(
    `坚持每季度至少开展一次活动，年内组织集体活动不少于${MIN_COLLECTIVE_ACTIVITIES}次。`,
    scheme.items.length
      ? `每位委员全年完成“${scheme.name}”：${scheme.items.join('、')}。`
      : `每位委员全年完成“${scheme.name}”各项履职任务。`,
    '年初有工作计划，半年有工作小结，年终有工作总结，年底将全年活动记录、委员履职情况整理归档。',
  );

  const lines = [
    opening,
    ...sections.flatMap(([heading, paragraphs], i) => [`${numerals[i]}、${heading}`, ...paragraphs]),
    n.group,
    `${f.year}年1月`,
  ];
  return { title: `${n.group}${f.year}年工作计划`, body: lines.join('\n'), figures: fig.list };
}
