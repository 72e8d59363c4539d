import type { HeldActivity } from './periodFacts';
import { bookTitle, monthOf, sentence } from './themes';

/** Titles that already say who does what ("组织委员参加…"), after which a place reads as an aside. */
const VERB_LED = /^(组织|召开|开展|参加|举办|邀请|走访|深入|赴|联合|配合|协助|慰问)/;

/** A title with its own verb inside ("对镇卫生院医疗服务开展民主评议") needs none added. */
const HAS_VERB = /(开展|召开|举办|组织|进行)/;

/** Titles that name an event rather than an action, and the verb a summary holds it with. */
const EVENT_NOUNS: [RegExp, string][] = [
  [/(会|会议|座谈|季谈)$/, '召开'],
  [/(讲座|培训|论坛|报告会|班)$/, '举办'],
  [/(活动|接待日|调研|行动|评议|视察)$/, '开展'],
];

/**
 * "5月，在柳塘村视察高标准农田建设" (an action), "6月，在镇政府会议室召开上半年情况通报会" (an
 * event), "5月，组织委员参加企业家季谈会（镇会议中心）" (a title that already has its verb).
 */
export function heldPhrase(a: HeldActivity): string {
  const m = `${monthOf(a.startsOn)}月`;
  if (VERB_LED.test(a.title)) return a.place ? `${m}，${a.title}（${a.place}）` : `${m}，${a.title}`;
  const verb = HAS_VERB.test(a.title) ? '' : (EVENT_NOUNS.find(([re]) => re.test(a.title))?.[1] ?? '');
  const where = a.place ? `在${a.place}` : '';
  return `${m}，${where}${verb}${a.title}`;
}

/** What came of it, as a clause: a report, the suggestions made, the follow-up. */
export function outcomeClause(a: HeldActivity): string {
  const parts: string[] = [];
  if (a.reportTitle) parts.push(`形成${bookTitle(a.reportTitle)}`);
  if (a.suggestionsCount > 0) parts.push(`委员提出意见建议${a.suggestionsCount}条`);
  if (a.followUp?.trim()) parts.push(a.followUp.trim().replace(/[。；;]+$/, ''));
  return parts.length ? `，${parts.join('，')}` : '';
}

/** One activity as it stands in a summary: when, where, what, and what came of it. */
export const heldSentence = (a: HeldActivity) => sentence(`${heldPhrase(a)}${outcomeClause(a)}`);

/** A run of activities in one sentence ("5月…；9月…"), or each with its outcome when they have one. */
export function heldList(list: HeldActivity[], max = 6): string {
  const shown = list.slice(0, max).map((a) => `${heldPhrase(a)}${outcomeClause(a)}`);
  return `${shown.join('；')}${list.length > max ? '等' : ''}。`;
}
