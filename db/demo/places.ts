/** The demo's township: its group, its committee and its villages (all invented). */
export const township = {
  name: '青石镇',
  groupName: '青石镇政协联络组',
  parentCommittee: '临江区政协',
  term: '第三届',
  /** The plenary session held early in the demo year, the fourth of the term. */
  session: '三届四次会议',
  /** The first session of the term, when most members joined. */
  termStart: { yearsBefore: 3, monthDay: '01-08' },
} as const;

export const communities = [
  '青石村',
  '桥头村',
  '东岭村',
  '柳塘村',
  '下湾村',
  '石门村',
  '枫林村',
  '横山村',
  '河西社区',
  '新街社区',
  '望江社区',
  '青石社区',
] as const;

export const venues = {
  office: '镇政府三楼会议室',
  membersHome: '青石镇政协委员之家',
  culture: '镇文化站多功能厅',
  reception: '镇便民服务中心委员接待室',
  hospital: '青石镇卫生院',
  farm: '东岭村高标准农田示范区',
  park: '青石镇工业功能区',
  river: '柳塘村、下湾村沿河一带',
} as const;

export const organiser = township.groupName;
