import type { AdoptionLevel, OpinionReportStatus } from '../../shared/enums';

/** The year's public-opinion reports (社情民意信息): drafts, submitted, adopted, endorsed. */
export interface OpinionReportSpec {
  title: string;
  content: string;
  /** The first author's sector; a second author joins when coAuthor is set. */
  sector: string;
  coAuthor?: boolean;
  month: number;
  day: number;
  status: OpinionReportStatus;
  adoptedLevel?: AdoptionLevel;
  /** A leader's 批示: the words, the leader, days after submission. */
  endorsement?: { text: string; by: string; afterDays: number };
}

export const opinionReports: readonly OpinionReportSpec[] = [
  {
    title: '农村独居老人“助餐难”问题亟待破解',
    content:
      '部分村居家养老服务照料中心未开展助餐服务，独居老人吃饭问题突出。建议推广“中心食堂+配送”模式，给予运营补贴。',
    sector: '社会福利和社会保障界',
    month: 2,
    day: 20,
    status: 'adopted',
    adoptedLevel: 'city',
    endorsement: { text: '请民政局会同相关部门研究，提出解决办法。', by: '副市长', afterDays: 25 },
  },
  {
    title: '关于加强电动自行车充电安全管理的建议',
    content: '居民楼道内“飞线充电”现象仍较普遍，存在较大消防隐患。建议加快建设集中充电设施，加强巡查。',
    sector: '科技界',
    coAuthor: true,
    month: 3,
    day: 15,
    status: 'adopted',
    adoptedLevel: 'county',
  },
  {
    title: '小微企业招工难问题值得关注',
    content: '工业功能区企业普工缺口较大，年轻人不愿进厂。建议加强职业技能培训和劳务协作，改善企业生活配套。',
    sector: '经济界',
    month: 4,
    day: 10,
    status: 'adopted',
    adoptedLevel: 'county',
    endorsement: { text: '人社局牵头，抓好企业用工保障。', by: '区委书记', afterDays: 12 },
  },
  {
    title: '乡村医生队伍后继乏人',
    content: '村卫生室乡村医生平均年龄超过 55 岁，后继乏人。建议定向培养、提高待遇，推进“县聘乡管村用”。',
    sector: '医药卫生界',
    month: 5,
    day: 8,
    status: 'adopted',
    adoptedLevel: 'city',
  },
  {
    title: '关于防范农村老年人电信诈骗的建议',
    content: '针对老年人的保健品、“养老投资”诈骗多发。建议利用村广播、老年协会开展常态化防诈宣传。',
    sector: '民革',
    month: 6,
    day: 3,
    status: 'adopted',
    adoptedLevel: 'county',
  },
  {
    title: '高标准农田建成后管护机制有待完善',
    content: '部分高标准农田沟渠淤塞、机耕路损坏无人管护。建议明确管护主体，落实管护经费。',
    sector: '农业界',
    coAuthor: true,
    month: 7,
    day: 22,
    status: 'submitted',
  },
  {
    title: '学校周边交通安全隐患需整治',
    content: '中心小学上下学时段接送车辆拥堵，存在安全隐患。建议设置临时停车区和护学岗。',
    sector: '教育界',
    month: 9,
    day: 12,
    status: 'submitted',
  },
  {
    title: '关于规范农村建房审批服务的建议',
    content: '由提案转来：农户建房审批环节多、时间长，建议推行农房审批“一件事”集成办理。',
    sector: '民革',
    month: 9,
    day: 28,
    status: 'submitted',
  },
  {
    title: '关于保护利用村落历史文化遗存的建议',
    content: '石门村古民居、古桥等遗存缺乏保护，建议开展普查建档，结合乡村旅游活化利用。',
    sector: '民盟',
    month: 10,
    day: 18,
    status: 'submitted',
  },
  {
    title: '冬季农村用电安全问题',
    content: '（草稿）部分老旧线路负荷不足，冬季取暖用电易引发故障，拟建议供电部门开展专项检修。',
    sector: '无党派人士',
    month: 11,
    day: 10,
    status: 'draft',
  },
];
