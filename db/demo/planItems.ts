import type { ActivityType, MonthPeriod } from '../../shared/enums';

/** The year's work plan as a liaison group writes it: month, 旬, what, of which kind. */
export interface PlanSpec {
  /** How activities refer to this item. */
  key: string;
  month: number;
  period: MonthPeriod;
  title: string;
  activityType: ActivityType;
  description: string;
}

export const planItems: readonly PlanSpec[] = [
  {
    key: 'kickoff',
    month: 2,
    period: 'late',
    title: '召开联络组年度工作会议，部署全年工作',
    activityType: 'meeting',
    description: '总结上年工作，讨论通过年度工作计划，明确委员“八个一”履职任务。',
  },
  {
    key: 'twoSessions',
    month: 3,
    period: 'mid',
    title: '组织委员学习全国两会精神',
    activityType: 'study',
    description: '邀请区政协领导作专题辅导，委员交流学习体会。',
  },
  {
    key: 'springFarming',
    month: 4,
    period: 'early',
    title: '视察全镇春季农业生产和高标准农田建设',
    activityType: 'inspection',
    description: '实地察看东岭村、柳塘村高标准农田和春耕备耕情况。',
  },
  {
    key: 'receptionSpring',
    month: 4,
    period: 'late',
    title: '开展“委员接待日”活动，面对面听取群众意见',
    activityType: 'reception',
    description: '在镇便民服务中心设接待点，委员轮流值班。',
  },
  {
    key: 'entrepreneurs',
    month: 5,
    period: 'mid',
    title: '组织委员参加企业家季谈会',
    activityType: 'consultation',
    description: '与镇党委政府共同召开，围绕优化营商环境协商议事。',
  },
  {
    key: 'briefingMid',
    month: 6,
    period: 'late',
    title: '召开上半年情况通报会',
    activityType: 'briefing',
    description: '请镇政府通报上半年经济社会发展情况，委员提出意见建议。',
  },
  {
    key: 'sewage',
    month: 7,
    period: 'mid',
    title: '围绕农村生活污水治理开展专题调研',
    activityType: 'research',
    description: '形成调研报告报送区政协和镇党委政府。',
  },
  {
    key: 'hospital',
    month: 8,
    period: 'late',
    title: '对镇卫生院医疗服务开展民主评议',
    activityType: 'supervision',
    description: '采取座谈、问卷、暗访相结合的方式评议。',
  },
  {
    key: 'charity',
    month: 9,
    period: 'mid',
    title: '开展“委员进万家”公益帮扶活动',
    activityType: 'charity',
    description: '结对走访困难家庭、留守儿童，开展义诊和助学。',
  },
  {
    key: 'villages',
    month: 10,
    period: 'mid',
    title: '视察美丽乡村建设和农村人居环境整治',
    activityType: 'inspection',
    description: '察看青石村、石门村和枫林村的建设成效。',
  },
  {
    key: 'briefingYear',
    month: 11,
    period: 'late',
    title: '召开下半年情况通报会',
    activityType: 'briefing',
    description: '通报全年工作完成情况和明年工作思路。',
  },
  {
    key: 'yearEnd',
    month: 12,
    period: 'mid',
    title: '开展委员年终述职暨联谊活动',
    activityType: 'fellowship',
    description: '委员交流全年履职情况，评选优秀履职委员。',
  },
];
