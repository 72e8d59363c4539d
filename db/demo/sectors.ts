/**
 * The sectors (界别) of the demo roster: how many members each has, the party its members
 * usually belong to, the special committee they sit on and the posts they hold.
 */
export interface SectorSpec {
  sector: string;
  count: number;
  parties: readonly string[];
  specialCommittee: string;
  workUnits: readonly string[];
}

export const sectors: readonly SectorSpec[] = [
  {
    sector: '中共',
    count: 3,
    parties: ['中共党员'],
    specialCommittee: '提案委员会',
    workUnits: ['青石镇党委副书记', '青石镇人大主席团副主席', '青石镇党委委员、统战委员'],
  },
  {
    sector: '民革',
    count: 2,
    parties: ['民革党员'],
    specialCommittee: '社会和法制委员会',
    workUnits: ['浙临律师事务所律师', '青石镇中心学校副校长'],
  },
  {
    sector: '民盟',
    count: 2,
    parties: ['民盟盟员'],
    specialCommittee: '文化文史和学习委员会',
    workUnits: ['临江区第三中学教师', '青石镇文化站站长'],
  },
  {
    sector: '无党派人士',
    count: 2,
    parties: ['无党派人士'],
    specialCommittee: '文化文史和学习委员会',
    workUnits: ['青石镇中心幼儿园园长', '临江区建筑设计院青石分院工程师'],
  },
  {
    sector: '经济界',
    count: 6,
    parties: ['中共党员', '群众', '群众'],
    specialCommittee: '经济委员会',
    workUnits: [
      '临江青石机械有限公司董事长',
      '青石农村商业银行支行行长',
      '浙临新材料科技有限公司总经理',
      '青石镇商会会长、青石纺织有限公司董事长',
      '临江茶业有限公司总经理',
      '青石超市连锁有限公司董事长',
      '临江物流有限公司总经理',
    ],
  },
  {
    sector: '农业界',
    count: 4,
    parties: ['中共党员', '群众'],
    specialCommittee: '农业和农村委员会',
    workUnits: [
      '东岭村党总支书记',
      '柳塘果蔬专业合作社理事长',
      '青石镇农业农村办副主任',
      '下湾家庭农场场主',
      '枫林茶叶专业合作社理事长',
    ],
  },
  {
    sector: '教育界',
    count: 3,
    parties: ['中共党员', '群众', '民进会员'],
    specialCommittee: '教科卫体委员会',
    workUnits: ['青石镇中心小学校长', '青石镇初级中学教师', '青石镇成人文化技术学校校长'],
  },
  {
    sector: '医药卫生界',
    count: 3,
    parties: ['农工党党员', '中共党员', '群众'],
    specialCommittee: '教科卫体委员会',
    workUnits: ['青石镇卫生院院长', '青石镇卫生院主治医师', '桥头村卫生室乡村医生'],
  },
  {
    sector: '科技界',
    count: 2,
    parties: ['九三学社社员', '群众'],
    specialCommittee: '经济委员会',
    workUnits: ['青石镇农技站站长', '浙临智能装备有限公司总工程师'],
  },
  {
    sector: '社会福利和社会保障界',
    count: 3,
    parties: ['中共党员', '群众'],
    specialCommittee: '社会和法制委员会',
    workUnits: ['青石镇敬老院院长', '青石镇慈善分会秘书长', '河西社区党委书记、居委会主任'],
  },
];

/** Reasons members give when they ask for leave (请假). */
export const leaveReasons = [
  '外出参加培训学习',
  '单位有重要接待任务',
  '身体不适',
  '赴外地出差',
  '家中有事',
  '参加区政协专委会活动',
  '参加上级部门检查',
  '医院值班',
  '企业年度审计',
] as const;
