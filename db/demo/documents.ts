import { MonthPeriod } from '../../shared/enums';
import type { PlanSpec } from './planItems';

/** The year's written documents, composed from what the demo recorded. */

export interface YearFacts {
  groupName: string;
  year: number;
  members: number;
  /** Held activities, and suggestions made at them, in the first half and the whole year. */
  heldFirstHalf: number;
  suggestionsFirstHalf: number;
  held: number;
  suggestions: number;
  proposals: number;
  proposalsAccepted: number;
  opinionReports: number;
  reportsAdopted: number;
  deeds: number;
}

export function planDocument(groupName: string, year: number, items: readonly PlanSpec[]): string {
  const lines = items.map(
    (it, i) => `${i + 1}. ${it.month}月${MonthPeriod.label(it.period)}：${it.title}。${it.description}`,
  );
  return [
    `${groupName}${year}年度工作计划`,
    '',
    `${year}年，联络组在区政协和镇党委的领导下，围绕全镇中心工作，组织委员开展学习、视察、调研、协商和民主监督，落实委员“八个一”履职要求，做到每季度至少开展一次活动，年内组织集体活动不少于4次。`,
    '',
    '一、主要活动安排',
    ...lines,
    '',
    '二、工作要求',
    '（一）加强学习。年内组织委员集中学习2至3次。',
    '（二）认真履职。每位委员年内至少提交一件提案，报送一至两条社情民意信息。',
    '（三）规范管理。做到年初有计划、半年有小结、年终有总结，活动有记载、档案都齐全。',
  ].join('\n');
}

export function halfYearSummary(f: YearFacts): string {
  return [
    `${f.groupName}${f.year}年上半年工作小结`,
    '',
    `上半年，联络组共组织开展各类活动 ${f.heldFirstHalf} 次，委员提出意见建议 ${f.suggestionsFirstHalf} 条，按计划完成了年度工作会议、两会精神学习、春季农业生产视察、企业家季谈会和上半年情况通报会等工作。`,
    '',
    '存在的不足：个别委员参加活动较少，社情民意信息报送数量不均衡。下半年将加强督促，确保全年任务完成。',
  ].join('\n');
}

export function annualSummary(f: YearFacts): string {
  return [
    `${f.groupName}${f.year}年度工作总结`,
    '',
    `一、基本情况。联络组现有委员 ${f.members} 名。全年共开展活动 ${f.held} 次，委员提出意见建议 ${f.suggestions} 条。`,
    `二、提案和社情民意。委员提交提案 ${f.proposals} 件，立案 ${f.proposalsAccepted} 件；报送社情民意信息 ${f.opinionReports} 条，被各级政协采用 ${f.reportsAdopted} 条。`,
    `三、委员风采。全年收集委员先进事迹 ${f.deeds} 则，在区融媒体和区政协刊物宣传。`,
    '四、明年打算。继续围绕全镇中心工作，提高视察调研的针对性，推动委员“八个一”履职全覆盖。',
  ].join('\n');
}

export function memberSummary(name: string, year: number, attended: number, workUnit: string): string {
  return [
    `${name}委员${year}年度履职小结`,
    '',
    `本人现任${workUnit}。${year}年，本人参加联络组组织的活动 ${attended} 次，结合本职工作参与视察、调研和协商，积极反映社情民意。`,
    '今后将进一步加强学习，深入联系群众，提高履职能力。',
  ].join('\n');
}
