import type { ProposalFiling, ProposalResult, Satisfaction } from '../../shared/enums';

/** The year's proposals (提案), at every stage of filing and handling. */
export interface ProposalSpec {
  title: string;
  category: string;
  content: string;
  /** The lead member comes from this sector; null for the group's collective proposal. */
  leadSector: string | null;
  cosigners: number;
  filing: ProposalFiling;
  mainUnit?: string;
  assistUnits?: string;
  /** Month and day of the reply, for an accepted proposal that has been answered. */
  reply?: [month: number, day: number];
  result?: ProposalResult;
  satisfaction?: Satisfaction;
  notes?: string;
}

export const proposals: readonly ProposalSpec[] = [
  {
    title: '关于加强农村生活污水处理设施运维管理的提案',
    category: '城乡建设',
    content:
      '我区已建成农村生活污水处理终端 600 余个，但部分终端“重建轻管”，运维经费不足、专业力量缺乏。建议：一是落实运维经费保障；二是推行第三方专业化运维；三是建立村级日常巡查制度。',
    leadSector: '农业界',
    cosigners: 3,
    filing: 'accepted',
    mainUnit: '区生态环境分局',
    assistUnits: '区农业农村局、区财政局',
    reply: [6, 18],
    result: 'B',
    satisfaction: 'satisfied',
  },
  {
    title: '关于破解小微企业融资难题的提案',
    category: '经济发展',
    content:
      '小微企业普遍存在抵押物不足、融资成本高的问题。建议设立区级转贷应急资金，扩大政府性融资担保覆盖面，推广“整村授信”“信用贷”等产品。',
    leadSector: '经济界',
    cosigners: 4,
    filing: 'accepted',
    mainUnit: '区金融服务中心',
    assistUnits: '区经信局、人民银行临江支行',
    reply: [7, 2],
    result: 'A',
    satisfaction: 'satisfied',
  },
  {
    title: '关于提升乡镇卫生院服务能力的提案',
    category: '医疗卫生',
    content:
      '乡镇卫生院人才流失、设备老化，群众就医向上集中。建议加大基层医务人员招引力度，推进县域医共体下沉专家坐诊，更新基本诊疗设备。',
    leadSector: '医药卫生界',
    cosigners: 2,
    filing: 'accepted',
    mainUnit: '区卫生健康局',
    reply: [6, 28],
    result: 'C',
    satisfaction: 'basically',
  },
  {
    title: '关于加快集镇公共停车场建设的提案',
    category: '城乡建设',
    content: '青石集镇车辆增长快，停车位严重不足，占道停车影响通行。建议利用闲置地块建设公共停车场，规范路内停车管理。',
    leadSector: null,
    cosigners: 5,
    filing: 'accepted',
    mainUnit: '区住房和城乡建设局',
    assistUnits: '区自然资源和规划分局、青石镇人民政府',
    reply: [8, 10],
    result: 'B',
    satisfaction: 'basically',
    notes: '联络组集体提案。',
  },
  {
    title: '关于关爱农村留守儿童心理健康的提案',
    category: '教育',
    content: '建议在乡镇中小学配齐心理健康教师，建立留守儿童心理档案，发挥“五老”志愿者作用开展结对关爱。',
    leadSector: '教育界',
    cosigners: 2,
    filing: 'accepted',
    mainUnit: '区教育局',
    assistUnits: '团区委、区妇联',
    reply: [7, 20],
    result: 'D',
    satisfaction: 'dissatisfied',
    notes: '委员对答复不满意，已申请二次办理。',
  },
  {
    title: '关于推进农村居家养老服务的提案',
    category: '社会保障',
    content: '农村老龄化程度高，居家养老服务照料中心覆盖不足、运行困难。建议整合闲置村级用房，引入专业社会组织运营。',
    leadSector: '社会福利和社会保障界',
    cosigners: 3,
    filing: 'pending',
    mainUnit: '区民政局',
  },
  {
    title: '关于修缮桥头村村道路面的提案',
    category: '城乡建设',
    content: '桥头村至集镇村道路面破损严重，建议尽快安排修缮。',
    leadSector: '中共',
    cosigners: 1,
    filing: 'not_accepted',
    notes: '属镇级事务，不予立案，已转镇政府办理。',
  },
  {
    title: '关于规范农村建房审批服务的提案',
    category: '社会治理',
    content: '农户反映建房审批环节多、时间长。建议推行农房审批“一件事”集成办理，公开办理时限。',
    leadSector: '民革',
    cosigners: 2,
    filing: 'converted',
    notes: '经审查转为社情民意信息报送。',
  },
];
