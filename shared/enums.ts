import { labels } from './labels';
import { recordKindLabels } from './recordKinds';

/**
 * Domain enumerations: the English codes stored in the archive and used in code, with the
 * Chinese words the UI shows. The archive's CHECK constraints list the same codes.
 */
export const Gender = labels({ male: '男', female: '女' });
export type Gender = (typeof Gender.codes)[number];

export const CommitteeLevel = labels({
  county: '区/县政协',
  city: '市政协',
  province: '省/自治区政协',
  national: '全国政协',
});
export type CommitteeLevel = (typeof CommitteeLevel.codes)[number];

export const Position = labels({
  chairman: '主席',
  vice_chairman: '副主席',
  standing: '常委',
  member: '委员',
});
export type Position = (typeof Position.codes)[number];

export const GroupRole = labels({
  leader: '组长',
  deputy_leader: '副组长',
  liaison: '联络员',
  none: '组员',
});
export type GroupRole = (typeof GroupRole.codes)[number];

/** How every list of members is ordered: by pinyin (surnames read as surnames) or 按姓氏笔画 as official lists are. */
export const NameOrder = labels({ pinyin: '按姓名拼音', strokes: '按姓氏笔画' });
export type NameOrder = (typeof NameOrder.codes)[number];

export const MemberStatus = labels({ active: '在任', suspended: '暂停履职', left: '已离任' });
export type MemberStatus = (typeof MemberStatus.codes)[number];

export const ActivityType = labels({
  study: '学习',
  inspection: '视察',
  research: '调研',
  consultation: '协商座谈',
  supervision: '民主监督/评议',
  briefing: '情况通报会',
  fellowship: '联谊',
  charity: '公益帮扶',
  reception: '委员接待日',
  meeting: '会议',
  other: '其他',
});
export type ActivityType = (typeof ActivityType.codes)[number];

export const ActivityStatus = labels({ planned: '计划中', held: '已开展', cancelled: '已取消' });
export type ActivityStatus = (typeof ActivityStatus.codes)[number];

export const Attendance = labels({ present: '出席', excused: '请假', absent: '缺席' });
export type Attendance = (typeof Attendance.codes)[number];

export const MonthPeriod = labels({ early: '上旬', mid: '中旬', late: '下旬' });
export type MonthPeriod = (typeof MonthPeriod.codes)[number];

export const ProposalFiling = labels({
  pending: '待审查',
  accepted: '立案',
  not_accepted: '不立案',
  converted: '转社情民意',
});
export type ProposalFiling = (typeof ProposalFiling.codes)[number];

export const ProposalResult = labels({
  A: 'A 已解决或采纳',
  B: 'B 正在解决或列入计划',
  C: 'C 列入规划逐步解决',
  D: 'D 因条件限制留作参考',
});
export type ProposalResult = (typeof ProposalResult.codes)[number];

export const Satisfaction = labels({ satisfied: '满意', basically: '基本满意', dissatisfied: '不满意' });
export type Satisfaction = (typeof Satisfaction.codes)[number];

export const OpinionReportStatus = labels({ draft: '草稿', submitted: '已报送', adopted: '已采用' });
export type OpinionReportStatus = (typeof OpinionReportStatus.codes)[number];

export const AdoptionLevel = labels({
  county: '区(县)政协采用',
  city: '市政协采用',
  province: '省政协采用',
  national: '全国政协采用',
});
export type AdoptionLevel = (typeof AdoptionLevel.codes)[number];

export const DocumentKind = labels({
  annual_plan: '年度工作计划',
  half_year_summary: '半年工作小结',
  annual_summary: '年度工作总结',
  member_summary: '委员履职小结',
  other: '其他文档',
});
export type DocumentKind = (typeof DocumentKind.codes)[number];

/** Kinds of record (besides activity attendance) that can credit a duty item. */
export const CreditKind = labels({
  proposal: '提交提案',
  opinion_report: '报送社情民意',
  deed: '好事实事（先进事迹）',
  member_summary: '履职小结',
});
export type CreditKind = (typeof CreditKind.codes)[number];

/** Entities the archive keeps, as named in the audit log and the recycle bin. */
/** What the audit log names a change by: each kind of record, and the settings kept beside them. */
export const Entity = labels({
  group: '联络组设置',
  ...recordKindLabels,
  year_scheme: '年度适用的履职方案',
  points_rules: '年度积分规则',
  filing: '归档设置',
  year_package: '年度档案包',
});
export type Entity = (typeof Entity.codes)[number];

export const AuditAction = labels({
  create: '新增',
  update: '修改',
  delete: '删除（移入回收站）',
  restore: '从回收站恢复',
  import: '导入',
});
export type AuditAction = (typeof AuditAction.codes)[number];

/** One file of a year package as checked against manifest.json, SHA256SUMS and SM3SUMS. */
export const PackageFileStatus = labels({
  intact: '完好',
  modified: '被修改',
  missing: '缺失',
  extra: '多出',
});
export type PackageFileStatus = (typeof PackageFileStatus.codes)[number];
