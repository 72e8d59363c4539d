import type { Entity } from '../../shared/enums';

/**
 * The tables a year package carries, in the order they are inserted on import (a table comes
 * after every table it references). Ids are archive-specific, so a package numbers each keyed
 * table's rows 1..n in the order of their ids and writes references in those numbers: the same
 * year exported from two archives gives the same files, and an import appends rows in the same
 * order, so exporting the imported year again gives identical files.
 */
export interface PackageTable {
  /** The SQL table, also the JSON file's name: data/<table>.json. */
  table: string;
  /** Chinese name for the README and the schema file. */
  label: string;
  /** What rows of the year it holds, in Chinese. */
  holds: string;
  /** 'id': the id column is renumbered; 'none': the id column (if any) is left out, rows are kept by content. */
  key: 'id' | 'none';
  /** Columns holding another package table's id. */
  refs: Record<string, string>;
  /** The audit log's name for an imported row (tables of records a clerk sees on their own). */
  entity?: Entity;
  /** Columns not carried (timestamps of rows matched by content on import; derived sort keys; display settings). */
  omit?: string[];
}

export const packageTables: PackageTable[] = [
  {
    table: 'group_settings',
    label: '联络组设置',
    holds: '联络组名称、上级政协、届次，导入为新档案时使用',
    key: 'none',
    refs: {},
    omit: ['id', 'current_year', 'updated_at', 'name_order'],
  },
  {
    table: 'members',
    entity: 'member',
    label: '委员',
    holds: '本年度在任的委员，以及本年度任何记录中提到的委员（含回收站中的）',
    key: 'id',
    refs: {},
    omit: ['name_key'],
  },
  {
    table: 'plan_items',
    entity: 'plan_item',
    label: '工作计划事项',
    holds: '本年度的计划事项，以及本年度活动所落实的其他年度计划事项',
    key: 'id',
    refs: {},
  },
  {
    table: 'activities',
    entity: 'activity',
    label: '活动',
    holds: '开始日期在本年度的活动',
    key: 'id',
    refs: { plan_item_id: 'plan_items' },
  },
  {
    table: 'activity_participants',
    label: '活动参加人员（签到）',
    holds: '上述活动的参加人员与出勤情况',
    key: 'none',
    refs: { activity_id: 'activities', member_id: 'members' },
  },
  {
    table: 'duty_schemes',
    label: '履职方案',
    holds: '本年度适用的履职方案（如“八个一”）',
    key: 'id',
    refs: {},
    omit: ['created_at', 'updated_at', 'deleted_at'],
  },
  {
    table: 'duty_scheme_items',
    label: '履职方案事项',
    holds: '上述履职方案的各个事项',
    key: 'none',
    refs: { scheme_id: 'duty_schemes' },
  },
  {
    table: 'year_schemes',
    label: '年度适用的履职方案',
    holds: '本年度指定的履职方案（未指定时为空，即按“八个一”）',
    key: 'none',
    refs: { scheme_id: 'duty_schemes' },
  },
  {
    table: 'points_rules',
    label: '年度积分规则',
    holds: '本年度保存的履职积分规则（未保存时为空，即按默认规则）',
    key: 'none',
    refs: {},
  },
  {
    table: 'duty_records',
    entity: 'duty_record',
    label: '履职记录',
    holds: '本年度的履职记录',
    key: 'id',
    refs: { member_id: 'members' },
  },
  {
    table: 'proposals',
    entity: 'proposal',
    label: '提案',
    holds: '本年度的提案',
    key: 'id',
    refs: { lead_member_id: 'members' },
  },
  {
    table: 'proposal_cosigners',
    label: '提案联名人',
    holds: '上述提案的联名委员',
    key: 'none',
    refs: { proposal_id: 'proposals', member_id: 'members' },
  },
  {
    table: 'opinion_reports',
    entity: 'opinion_report',
    label: '社情民意信息',
    holds: '本年度的社情民意信息',
    key: 'id',
    refs: {},
  },
  {
    table: 'opinion_report_members',
    label: '社情民意作者',
    holds: '上述社情民意信息的作者（按署名顺序）',
    key: 'none',
    refs: { report_id: 'opinion_reports', member_id: 'members' },
  },
  {
    table: 'deeds',
    entity: 'deed',
    label: '先进事迹',
    holds: '本年度的先进事迹',
    key: 'id',
    refs: { member_id: 'members' },
  },
  {
    table: 'documents',
    entity: 'document',
    label: '文档',
    holds: '本年度的计划、小结、总结和委员履职小结',
    key: 'id',
    refs: { member_id: 'members' },
  },
  {
    table: 'attachments',
    entity: 'attachment',
    label: '附件',
    holds: '上述记录的附件；文件本身在 attachments 文件夹中，按 sha256 命名',
    key: 'id',
    // owner_id references the table named by owner_kind (see ownerTables).
    refs: {},
  },
];

/** attachments.owner_kind → the package table its owner_id numbers a row of. */
export const ownerTables: Record<string, string> = {
  activity: 'activities',
  duty_record: 'duty_records',
  proposal: 'proposals',
  opinion_report: 'opinion_reports',
  deed: 'deeds',
  document: 'documents',
  member: 'members',
};

/** Tables whose rows belong to a year by a `year` column (a year with any of them is not empty). */
export const yearTables = [
  'plan_items',
  'activities',
  'duty_records',
  'proposals',
  'opinion_reports',
  'deeds',
  'documents',
];

export const dataPath = (table: string) => `data/${table}.json`;
