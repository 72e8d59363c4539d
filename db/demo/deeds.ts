/** Members' exemplary deeds (先进事迹) of the year. */
export interface DeedSpec {
  /** The member comes from this sector; null for a deed of the group as a whole. */
  sector: string | null;
  title: string;
  month: number;
  day: number;
  content: string;
  source: string;
}

export const deeds: readonly DeedSpec[] = [
  {
    sector: '经济界',
    title: '捐资 20 万元设立“青石助学基金”',
    month: 3,
    day: 5,
    content: '委员所在企业捐资 20 万元设立助学基金，每年资助镇内家庭困难的高中生和大学新生。',
    source: '临江区融媒体中心',
  },
  {
    sector: '医药卫生界',
    title: '坚持十年为山区老人上门巡诊',
    month: 5,
    day: 12,
    content: '委员坚持每月到横山村、枫林村为行动不便的老人上门巡诊、送药，十年累计巡诊 3000 余人次。',
    source: '《临江日报》',
  },
  {
    sector: '农业界',
    title: '带领村民发展特色果蔬产业增收致富',
    month: 7,
    day: 1,
    content: '委员领办的果蔬专业合作社带动 120 余户农户种植特色果蔬，户均年增收 2 万元以上。',
    source: '区政协《委员风采》',
  },
  {
    sector: '教育界',
    title: '组织“周末课堂”关爱留守儿童',
    month: 9,
    day: 10,
    content: '委员组织教师志愿者开设“周末课堂”，为留守儿童辅导功课、开展心理疏导，惠及学生 80 余名。',
    source: '青石镇微信公众号',
  },
  {
    sector: null,
    title: '联络组委员合力助推集镇停车场建成投用',
    month: 10,
    day: 30,
    content: '联络组通过集体提案、视察和协商座谈持续推动，集镇临时停车场建成投用，新增停车位 160 个。',
    source: '临江区政协网站',
  },
];

/** What members record by hand for 一次挂钩活动: visits to the village they are paired with. */
export const liaisonVisits = [
  '走访联系的{community}，召开村民代表座谈会，收集意见建议',
  '到联系的{community}开展政策宣讲，解答群众关心的医保、养老问题',
  '随{community}干部入户走访困难家庭，协调解决实际困难',
] as const;
