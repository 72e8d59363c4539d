import type { Quarter } from '../../shared/contract/stats';
import { ActivityType, AdoptionLevel, type ActivityType as Type } from '../../shared/enums';
import type { HeldActivity, SummaryFacts } from './summaryFacts';

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const quarterWords: Record<Quarter, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' };

const month = (date: string) => `${Number(date.slice(5, 7))}月`;
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const bookTitle = (t: string) => (t.startsWith('《') ? t : `《${t}》`);
/** "5月视察全镇安全生产工作；9月视察…" */
const dated = (list: HeldActivity[]) => list.map((a) => `${month(a.startsOn)}${a.title}`).join('；');
const ofType = (f: SummaryFacts, ...types: Type[]) => f.activities.filter((a) => types.includes(a.type));

function opening(f: SummaryFacts, group: string): string {
  const a = f.stats.activities;
  const leader = f.group.parentCommittee
    ? `在${f.group.parentCommittee}的指导和当地党委的领导下，`
    : '在当地党委的领导下，';
  return (
    `${f.year}年，${group}${leader}围绕中心、服务大局，组织委员认真履行政治协商、民主监督、参政议政职能。` +
    `全年共开展各类活动${a.held}次，其中集体活动${a.collective}次，委员出勤率${percent(f.stats.participation.overall.rate)}。现将全年工作总结如下。`
  );
}

function study(f: SummaryFacts): string[] {
  const list = ofType(f, 'study');
  if (!list.length) return ['本年度未专门组织集中学习，委员学习以个人自学为主。'];
  return [`全年组织委员集中学习${list.length}次：${dated(list)}。通过学习，委员的政治站位和履职能力进一步提高。`];
}

function inspectionsAndResearch(f: SummaryFacts): string[] {
  const inspections = ofType(f, 'inspection');
  const research = ofType(f, 'research');
  const out: string[] = [];
  out.push(
    inspections.length ? `组织委员视察${inspections.length}次：${dated(inspections)}。` : '本年度未组织视察活动。',
  );
  if (research.length) {
    const reports = research.filter((a) => a.reportTitle).map((a) => bookTitle(String(a.reportTitle)));
    out.push(
      `开展专题调研${research.length}次：${dated(research)}。` +
        (reports.length ? `形成${reports.join('、')}等调研报告${reports.length}篇。` : ''),
    );
  } else out.push('本年度未开展专题调研。');
  return out;
}

function consultationAndSupervision(f: SummaryFacts): string[] {
  const consultations = ofType(f, 'consultation');
  const supervision = ofType(f, 'supervision');
  const out = [
    consultations.length
      ? `组织协商座谈${consultations.length}次：${dated(consultations)}。`
      : '本年度未组织协商座谈。',
    supervision.length
      ? `开展民主监督、评议${supervision.length}次：${dated(supervision)}。`
      : '本年度未开展民主监督、评议活动。',
  ];
  const others = f.stats.activities.byType
    .filter((t) => t.count > 0 && !['study', 'inspection', 'research', 'consultation', 'supervision'].includes(t.type))
    .map((t) => `${ActivityType.label(t.type)}${t.count}次`);
  if (others.length) out.push(`此外，还开展了${others.join('、')}。`);
  const suggestions = f.activities.reduce((n, a) => n + a.suggestionsCount, 0);
  if (suggestions) out.push(`在各项活动中，委员共提出意见建议${suggestions}条。`);
  return out;
}

function proposalsAndReports(f: SummaryFacts): string[] {
  const p = f.stats.proposals;
  const r = f.stats.reports;
  const out: string[] = [];
  if (p.total) {
    const named = f.proposals
      .slice(0, 10)
      .map(
        (x) =>
          `${bookTitle(x.title)}${x.lead ? `（${x.lead}领衔${x.cosigners ? `，${x.cosigners}名委员联名` : ''}）` : ''}`,
      );
    out.push(
      `委员共提交提案${p.total}件，立案${p.byFiling.accepted}件，` +
        `已答复${p.total - p.noResult}件，其中已解决或采纳（A类）${p.byResult.A}件。主要有${named.join('、')}等。`,
    );
  } else out.push('本年度委员未提交提案。');
  const submitted = r.total - r.byStatus.draft;
  if (submitted) {
    const adopted = f.reports
      .filter((x) => x.adoptedLevel)
      .map(
        (x) => `${bookTitle(x.title)}${x.authors ? `（${x.authors}）` : ''}被${AdoptionLevel.label(x.adoptedLevel!)}`,
      );
    out.push(
      `报送社情民意信息${submitted}件，被采用${r.byStatus.adopted}件` +
        (adopted.length ? `：${adopted.join('；')}。` : '。'),
    );
  } else out.push('本年度未报送社情民意信息。');
  return out;
}

function duties(f: SummaryFacts): string[] {
  const m = f.matrix;
  const total = m.rows.length;
  const complete = m.rows.filter((r) => r.doneItems === r.totalItems).length;
  const o = f.stats.participation.overall;
  const out = [
    `按照“${m.scheme.name}”履职要求，全组${total}名委员中，${complete ? `${complete}名委员全部完成` : '尚无委员全部完成'}。各项完成情况：` +
      `${m.totals.map((t) => `${t.label}${t.membersDone}人`).join('，')}。`,
    `全年各项活动应到${o.invited}人次，实到${o.present}人次，请假${o.excused}人次，缺席${o.absent}人次，出勤率${percent(o.rate)}。`,
  ];
  if (f.deeds.length) {
    const deeds = f.deeds.map((d) => `${d.title}${d.member ? `（${d.member}）` : ''}`);
    out.push(`委员中涌现出一批先进事迹：${deeds.join('；')}。`);
  }
  return out;
}

function shortfalls(f: SummaryFacts): string[] {
  const a = f.stats.activities;
  const out: string[] = [];
  if (a.quartersWithout.length) {
    out.push(`活动安排不够均衡，${a.quartersWithout.map((q) => quarterWords[q]).join('、')}未开展活动。`);
  }
  if (!a.collectiveMet)
    out.push(`全年集体活动${a.collective}次，未达到“年内组织集体活动不少于${a.collectiveRequired}次”的要求。`);
  if (f.stats.behind.length) {
    const names = f.stats.behind.map((b) => `${b.member.name}（${b.missing.map((x) => x.label).join('、')}）`);
    out.push(`部分委员履职还有差距，尚未完成的有：${names.join('；')}。`);
  }
  const rate = f.stats.participation.overall.rate;
  if (rate !== null && rate < 0.8) out.push(`委员出勤率为${percent(rate)}，部分委员参加活动不够积极。`);
  if (!out.length)
    out.push('对照年初计划，各项工作基本完成，但调研视察成果的转化运用还不够，委员履职的主动性还需进一步提高。');
  return out;
}

const nextYear = [
  '一是加强学习，引导委员提高政治把握能力和履职本领；',
  '二是围绕中心工作，精心组织视察、调研和协商活动，提高建言资政质量；',
  '三是督促委员落实各项履职要求，做好履职记录和档案整理，推动联络组工作规范化。',
];

/**
 * The annual summary draft in the register of the clerks' own summaries: an opening with the
 * year's figures, then sections 一、二、三… from the year's records, the shortfalls the data
 * shows, and next year's plans for the clerk to edit. One paragraph per line.
 */
export function draftSummary(f: SummaryFacts): { title: string; body: string } {
  const group = f.group.name || '政协联络组';
  const sections: [string, string[]][] = [
    ['加强学习，提升履职能力', study(f)],
    ['深入视察调研，助推中心工作', inspectionsAndResearch(f)],
    ['开展协商监督，积极建言献策', consultationAndSupervision(f)],
    ['撰写提案和社情民意，反映群众呼声', proposalsAndReports(f)],
    ['落实履职要求，委员作用充分发挥', duties(f)],
    ['存在的不足', shortfalls(f)],
    ['下一步工作打算', nextYear],
  ];
  const lines = [
    opening(f, group),
    ...sections.flatMap(([heading, paragraphs], i) => [`${numerals[i]}、${heading}`, ...paragraphs]),
    group,
    `${f.year}年12月`,
  ];
  return { title: `${group}${f.year}年度工作总结`, body: lines.join('\n') };
}
