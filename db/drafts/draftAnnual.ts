import type { DutyMatrix } from '../../shared/contract/duty';
import type { Quarter, YearStats } from '../../shared/contract/stats';
import { AdoptionLevel, type ActivityType } from '../../shared/enums';
import { Figures, percentValue, type Figure } from './figures';
import { heldList } from './heldText';
import { underLeadership } from './localNames';
import type { HeldActivity, PeriodFacts } from './periodFacts';
import { bookTitle, listed, monthPeriod, numerals } from './themes';

export interface AnnualFacts {
  facts: PeriodFacts;
  stats: YearStats;
  matrix: DutyMatrix;
}

export interface Draft {
  title: string;
  /** One paragraph per line; headings 一、… on lines of their own. */
  body: string;
  /** Every figure the text states, with where it comes from (shown beside the text, not in it). */
  figures: Figure[];
}

const quarterWords: Record<Quarter, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' };
const ofType = (f: PeriodFacts, ...types: ActivityType[]) => f.activities.filter((a) => types.includes(a.type));
/** "王德胜委员领衔、3名委员联名的" / "5名委员联名的" / "" */
function signers(lead: string | null, cosigners: number): string {
  const parts = [lead ? `${lead}委员领衔` : '', cosigners ? `${cosigners}名委员联名` : ''].filter(Boolean);
  return parts.length ? `${parts.join('、')}的` : '';
}

const resultWords = { A: '已解决或采纳', B: '正在解决或列入计划' } as const;

const SRC = {
  held: '活动：本年度已开展的活动（不含计划中、已取消）',
  attendance: '活动出勤：本年度已开展活动的签到（出席 ÷ 应到）',
  proposals: '提案：本年度的提案',
  opinionReports: '社情民意：本年度已报送的（不含草稿）',
  duty: '八个一：本年度履职完成情况',
};

/** "年初计划的12项工作已落实10项" (a figure), or a plain phrase when the year has no plan items. */
function planProgress(f: PeriodFacts, fig: Figures): string {
  if (!f.plan.length) return '各项工作有序推进';
  const done = f.plan.filter((i) => i.done).length;
  const src = `年度计划：${f.year}年的计划事项，已开展的活动落实了的算已落实`;
  return (
    `${fig.add('planned', '年度计划事项', f.plan.length, src, '年初计划的{}项工作')}` +
    (done === f.plan.length ? '全部落实' : fig.add('planDone', '已落实', done, src, '已落实{}项'))
  );
}

/** Items of the scheme that fewer than half of the members have done. */
function weakItems(m: DutyMatrix) {
  const total = m.rows.length;
  return total ? m.totals.filter((t) => t.membersDone * 2 < total) : [];
}

/**
 * The annual summary draft, as the clerks' own summaries are written: each section opens with what
 * was done and why, cites the outcomes that matter (adopted reports with their level, proposals the
 * departments acted on, research reports and what came of them, deeds), names members only where
 * they did something notable, and closes with the shortfalls the data shows and next year's plans.
 * Proposals not filed are never presented as achievements.
 */
export function draftAnnual({ facts: f, stats, matrix }: AnnualFacts): Draft {
  const n = f.names;
  const fig = new Figures();
  const whole = `全${n.placeWord}`;
  const a = stats.activities;
  const rate = percentValue(f.attendance.rate);

  const opening =
    `${f.year}年，${n.group}${underLeadership(n)}，紧紧围绕${whole}中心工作，团结带领全组委员认真履行政治协商、民主监督、参政议政职能，` +
    `${fig.add('held', '全年开展活动', a.held, SRC.held, '全年共开展各类活动{}次')}，` +
    `其中${fig.add('collective', '集体活动', a.collective, '活动：本年度已开展、标为联络组集体活动的', '集体活动{}次')}` +
    (rate ? `，${fig.add('rate', '委员出勤率', rate, SRC.attendance, '委员出勤率{}%')}` : '') +
    `，${planProgress(f, fig)}。现将一年来的工作总结如下。`;

  const study = ofType(f, 'study');
  const studyText = study.length
    ? [
        `联络组坚持把学习作为履职的基础，集中学习与个人自学相结合。${fig.add('study', '集中学习', study.length, SRC.held, '全年组织委员集中学习{}次')}：${heldList(study)}`,
        '通过学习，委员的政治站位和履职本领进一步提高。',
      ]
    : ['本年度未专门组织集中学习，委员学习以个人自学为主。'];

  const inspections = ofType(f, 'inspection');
  const research = ofType(f, 'research');
  const reportsWritten = research.filter((x) => x.reportTitle);
  const inspectText: string[] = [];
  if (inspections.length || research.length)
    inspectText.push(`联络组围绕${n.partyCommittee}、${n.government}的中心工作，组织委员深入一线察实情、谋良策。`);
  if (inspections.length)
    inspectText.push(`${fig.add('inspections', '视察', inspections.length, SRC.held, '组织委员视察{}次')}：${heldList(inspections)}`);
  if (research.length)
    inspectText.push(
      `${fig.add('research', '专题调研', research.length, SRC.held, '开展专题调研{}次')}：${heldList(research)}` +
        (reportsWritten.length
          ? `全年${fig.add('researchReports', '调研报告', reportsWritten.length, '活动：本年度已开展调研活动中形成调研报告的', '形成调研报告{}篇')}，为${n.partyCommittee}、${n.government}决策提供了参考。`
          : ''),
    );
  if (!inspectText.length) inspectText.push('本年度未组织视察和专题调研活动。');

  const consult = ofType(f, 'consultation');
  const supervise = ofType(f, 'supervision');
  const briefings = ofType(f, 'briefing');
  const suggestions = f.activities.reduce((s, x) => s + x.suggestionsCount, 0);
  const superviseText: string[] = [];
  if (consult.length)
    superviseText.push(`${fig.add('consult', '协商座谈', consult.length, SRC.held, '组织协商座谈{}次')}：${heldList(consult)}`);
  if (supervise.length)
    superviseText.push(
      `${fig.add('supervise', '民主监督', supervise.length, SRC.held, '开展民主监督、评议{}次')}：${heldList(supervise)}`,
    );
  if (briefings.length)
    superviseText.push(`${fig.add('briefings', '情况通报会', briefings.length, SRC.held, '召开情况通报会{}次')}：${heldList(briefings)}`);
  if (suggestions)
    superviseText.push(
      `全年各项活动中，${fig.add('suggestions', '意见建议', suggestions, '活动：本年度已开展活动登记的意见建议条数之和', '委员共提出意见建议{}条')}，及时转交有关部门研究办理。`,
    );
  if (!superviseText.length) superviseText.push('本年度未组织协商座谈和民主监督活动。');

  const voice: string[] = [];
  const p = f.proposals;
  if (p.length) {
    const accepted = p.filter((x) => x.filing === 'accepted');
    const acted = accepted.filter((x) => x.result === 'A' || x.result === 'B').slice(0, 3);
    voice.push(
      `委员围绕群众关心的问题撰写提案，${fig.add('proposals', '提交提案', p.length, SRC.proposals, '全组委员共提交提案{}件')}，` +
        `${fig.add('accepted', '立案', accepted.length, `${SRC.proposals}中审查结果为立案的`, '立案{}件')}。` +
        (acted.length
          ? `其中，${acted
              .map(
                (x) =>
                  `${signers(x.lead, x.cosigners)}${bookTitle(x.title)}` +
                  `${x.mainUnit ? `经${x.mainUnit}办理，` : '，'}${resultWords[x.result as 'A' | 'B']}`,
              )
              .join('；')}。`
          : ''),
    );
  } else voice.push('本年度委员未提交提案。');
  const r = f.opinionReports;
  if (r.length) {
    const adopted = r.filter((x) => x.status === 'adopted');
    voice.push(
      `委员注重收集反映基层群众的意见和诉求，${fig.add('opinionReports', '报送社情民意', r.length, SRC.opinionReports, '报送社情民意信息{}件')}，` +
        `${fig.add('adopted', '社情民意被采用', adopted.length, `${SRC.opinionReports}中已采用的`, '被采用{}件')}` +
        (adopted.length
          ? `，其中${adopted
              .slice(0, 5)
              .map(
                (x) =>
                  `${x.authors ? `${x.authors}反映的` : ''}${bookTitle(x.title)}被${AdoptionLevel.label(x.adoptedLevel!)}` +
                  (x.endorsedBy ? `，并获${x.endorsedBy}批示` : ''),
              )
              .join('；')}。`
          : '。'),
    );
  } else voice.push('本年度未报送社情民意信息。');

  const people = ofType(f, 'reception', 'charity', 'fellowship');
  const peopleText: string[] = [];
  if (people.length)
    peopleText.push(
      `联络组把联系服务群众作为委员履职的重要内容，${fig.add('people', '联系群众活动', people.length, SRC.held, '开展委员接待、公益帮扶等活动{}次')}：${heldList(people)}`,
    );
  if (f.deeds.length)
    peopleText.push(
      `委员立足岗位、服务社会，${listed(
        f.deeds.map((d) => (d.member ? `${d.member}委员${d.title}` : d.title)),
        5,
      )}，展现了政协委员的良好形象。`,
    );
  if (!peopleText.length) peopleText.push('本年度未组织委员接待、公益帮扶等联系群众活动。');

  const total = matrix.rows.length;
  const complete = matrix.rows.filter((x) => x.doneItems === x.totalItems).length;
  const o = f.attendance;
  const selfText = [
    `联络组按照“${matrix.scheme.name}”要求督促委员履职，` +
      `${fig.add('members', '委员人数', total, SRC.duty, '全组{}名委员中')}，` +
      (complete
        ? `${fig.add('complete', '全部完成的委员', complete, SRC.duty, '{}名委员全部完成各项任务')}。`
        : '尚无委员全部完成各项任务。'),
    `全年各项活动${fig.add('invited', '应到人次', o.invited, SRC.attendance, '应到{}人次')}，` +
      `${fig.add('present', '实到人次', o.present, SRC.attendance, '实到{}人次')}，请假${o.excused}人次，缺席${o.absent}人次。` +
      '联络组坚持活动时间、地点、内容、责任人“四落实”，做好活动记录和履职档案整理。',
  ];

  const weak = weakItems(matrix);
  const shortfalls: string[] = [];
  if (a.quartersWithout.length)
    shortfalls.push(`活动安排不够均衡，${a.quartersWithout.map((q) => quarterWords[q]).join('、')}未开展活动。`);
  if (!a.collectiveMet)
    shortfalls.push(`全年集体活动${a.collective}次，未达到“年内组织集体活动不少于${a.collectiveRequired}次”的要求。`);
  if (weak.length)
    shortfalls.push(
      `委员履职还不够平衡，${weak.map((t) => `“${t.label}”`).join('')}完成的委员不足半数（${weak
        .map((t) => `${t.membersDone}人`)
        .join('、')}）。`,
    );
  const pendingPlan = f.plan.filter((i) => !i.done);
  if (pendingPlan.length)
    shortfalls.push(
      `年初计划的工作还有${pendingPlan.length}项没有落实：${listed(
        pendingPlan.map((i) => `${monthPeriod(i.month, i.period)}${i.title}`),
        4,
      )}。`,
    );
  if (o.rate !== null && o.rate < 0.8)
    shortfalls.push(`委员出勤率为${percentValue(o.rate)}%，部分委员参加活动不够经常。`);
  if (!shortfalls.length) shortfalls.push('调研视察成果的转化运用还不够，委员履职的主动性还需进一步增强。');

  const plans = ['一是加强学习，引导委员提高政治把握能力和履职本领'];
  if (a.quartersWithout.length || !a.collectiveMet)
    plans.push(`合理安排全年活动，确保每季度至少开展一次、年内集体活动不少于${a.collectiveRequired}次`);
  plans.push(`围绕${whole}中心工作精心组织视察、调研和协商活动，提高建言资政质量`);
  if (weak.length) plans.push(`督促委员完成${weak.map((t) => `“${t.label}”`).join('')}等履职任务`);
  plans.push('做好活动记录和档案整理，推动联络组工作规范化');
  const numbered = plans.map((x, i) => (i === 0 ? x : `${numerals[i]}是${x}`));

  const sections: [string, string[]][] = [
    ['加强学习，筑牢思想政治基础', studyText],
    ['围绕中心工作，深入开展视察调研', inspectText],
    ['开展协商监督，助推问题解决', superviseText],
    ['反映社情民意，积极建言献策', voice],
    ['密切联系群众，展现委员担当', peopleText],
    ['落实履职要求，加强自身建设', selfText],
    ['存在的不足', shortfalls],
    ['下一步工作打算', [`${numbered.join('；')}。`]],
  ];
  const lines = [
    opening,
    ...sections.flatMap(([heading, paragraphs], i) => [`${numerals[i]}、${heading}`, ...paragraphs]),
    n.group,
    `${f.year}年12月`,
  ];
  return { title: `${n.group}${f.year}年度工作总结`, body: lines.join('\n'), figures: fig.list };
}

export type { HeldActivity };
