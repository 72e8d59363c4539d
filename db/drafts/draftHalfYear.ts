import { AdoptionLevel } from '../../shared/enums';
import type { Draft } from './draftAnnual';
import { Figures, percentValue } from './figures';
import { heldSentence } from './heldText';
import { underLeadership } from './localNames';
import type { PeriodFacts, PlanItemFact } from './periodFacts';
import { bookTitle, monthPeriod, numerals, sentence, THEME_ORDER, themeOfType, type Theme } from './themes';

const themeHeadings: Record<Theme, string> = {
  study: '加强学习',
  inspect: '开展视察调研',
  supervise: '开展协商监督',
  opinion: '反映社情民意',
  people: '联系服务群众',
  self: '加强自身建设',
};

const SRC = {
  held: '活动：1—6月已开展的活动（不含计划中、已取消）',
  attendance: '活动出勤：1—6月已开展活动的签到（出席 ÷ 应到）',
  plan: '年度计划：安排在1—6月的计划事项，已开展的活动落实了的算已落实',
};

const planLine = (i: PlanItemFact) => sentence(`${monthPeriod(i.month, i.period)}，${i.title}`);

/**
 * The half-year summary (半年工作小结) from January–June: what was held, by theme, with places and
 * outcomes; participation; proposals and 社情民意 so far; the plan items done and still pending; and
 * 下半年打算 from what the plan still holds.
 */
export function draftHalfYear(f: PeriodFacts): Draft {
  const n = f.names;
  const fig = new Figures();
  const collective = f.activities.filter((a) => a.collective).length;
  const rate = percentValue(f.attendance.rate);
  const opening =
    `${f.year}年上半年，${n.group}${underLeadership(n)}，按照年度工作计划组织委员履职，` +
    `${fig.add('held', '上半年开展活动', f.activities.length, SRC.held, '上半年共开展各类活动{}次')}，` +
    `其中${fig.add('collective', '集体活动', collective, SRC.held, '集体活动{}次')}` +
    (rate ? `，${fig.add('rate', '委员出勤率', rate, SRC.attendance, '委员出勤率{}%')}` : '') +
    '。现将上半年工作小结如下。';

  const work: string[] = [];
  let sub = 0;
  for (const theme of THEME_ORDER) {
    const list = f.activities.filter((a) => themeOfType[a.type] === theme);
    if (!list.length) continue;
    work.push(`（${numerals[sub++]}）${themeHeadings[theme]}`);
    work.push(...list.map(heldSentence));
  }
  if (!work.length) work.push('上半年尚未开展活动。');

  const o = f.attendance;
  const duty: string[] = [];
  if (o.invited)
    duty.push(
      `上半年各项活动${fig.add('invited', '应到人次', o.invited, SRC.attendance, '应到{}人次')}，` +
        `${fig.add('present', '实到人次', o.present, SRC.attendance, '实到{}人次')}，请假${o.excused}人次，缺席${o.absent}人次。`,
    );
  const accepted = f.proposals.filter((x) => x.filing === 'accepted');
  duty.push(
    f.proposals.length
      ? `委员${fig.add('proposals', '提交提案', f.proposals.length, '提案：1—6月提交的', '已提交提案{}件')}，` +
          `${fig.add('accepted', '立案', accepted.length, '提案：1—6月提交、审查结果为立案的', '立案{}件')}。`
      : '上半年委员尚未提交提案。',
  );
  const adopted = f.opinionReports.filter((x) => x.status === 'adopted');
  duty.push(
    f.opinionReports.length
      ? `${fig.add('opinionReports', '报送社情民意', f.opinionReports.length, '社情民意：1—6月报送的（不含草稿）', '报送社情民意信息{}件')}，` +
          `${fig.add('adopted', '被采用', adopted.length, '社情民意：1—6月报送、已采用的', '被采用{}件')}` +
          (adopted.length
            ? `，其中${adopted
                .slice(0, 3)
                .map((x) => `${x.authors ? `${x.authors}反映的` : ''}${bookTitle(x.title)}被${AdoptionLevel.label(x.adoptedLevel!)}`)
                .join('；')}。`
            : '。')
      : '上半年尚未报送社情民意信息。',
  );

  const firstHalf = f.plan.filter((i) => i.month <= 6);
  const done = firstHalf.filter((i) => i.done);
  const pending = firstHalf.filter((i) => !i.done);
  const plan: string[] = [];
  if (firstHalf.length) {
    const planned = fig.add('planned', '上半年计划事项', firstHalf.length, SRC.plan, '年初计划上半年开展的{}项工作');
    plan.push(
      pending.length
        ? `${planned}中，${fig.add('planDone', '已落实', done.length, SRC.plan, '已落实{}项')}，尚未落实的有：` +
            `${pending.map((i) => `${monthPeriod(i.month, i.period)}${i.title}`).join('；')}。`
        : `${planned}已全部按计划落实。`,
    );
  } else plan.push('年度计划中没有安排在上半年的工作。');

  const later = f.plan.filter((i) => i.month > 6);
  const next = [
    ...(pending.length ? [`抓紧落实上半年未完成的${pending.length}项计划工作。`] : []),
    ...later.map(planLine),
    '继续督促委员落实年度履职要求，做好活动记录，年底前完成档案整理。',
  ];

  const sections: [string, string[]][] = [
    ['主要工作开展情况', work],
    ['委员履职情况', duty],
    ['年度计划落实情况', plan],
    ['下半年工作打算', next],
  ];
  const lines = [
    opening,
    ...sections.flatMap(([heading, paragraphs], i) => [`${numerals[i]}、${heading}`, ...paragraphs]),
    n.group,
    `${f.year}年7月`,
  ];
  return { title: `${n.group}${f.year}年上半年工作小结`, body: lines.join('\n'), figures: fig.list };
}
