import { format } from 'date-fns';
import {
  ActivityStatus,
  ActivityType,
  AdoptionLevel,
  Attendance,
  CommitteeLevel,
  DocumentKind,
  type Entity,
  Gender,
  GroupRole,
  MemberStatus,
  MonthPeriod,
  NameOrder,
  Position,
  ProposalFiling,
  ProposalResult,
  OpinionReportStatus,
  Satisfaction,
} from '../../../../shared/enums';
import { memberFieldKeys, memberFieldLabel } from '../../../../shared/memberFields';
import { zhDate } from '../../../../shared/zhDates';

/** The Chinese name of each field a record may carry, as the forms call it. */
const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(memberFieldKeys.map((k) => [k, memberFieldLabel(k)])),
  name: '名称',
  title: '标题',
  type: '活动类型',
  startsOn: '日期',
  startTime: '开始时间',
  endsOn: '结束日期',
  endTime: '结束时间',
  year: '年度',
  place: '地点',
  content: '内容',
  responsible: '责任人',
  organiser: '组织单位',
  collective: '集体活动',
  suggestionsCount: '意见建议条数',
  suggestionsText: '意见建议',
  reportTitle: '调研报告',
  followUp: '后续跟进',
  planItemId: '计划事项',
  participants: '参加人员',
  month: '月份',
  period: '旬',
  activityType: '活动类型',
  description: '说明',
  session: '会议届次',
  number: '编号',
  category: '类别',
  leadMemberId: '领衔委员',
  leadMemberName: '领衔委员',
  cosigners: '联名委员',
  submittedOn: '提交（报送）日期',
  filing: '立案情况',
  mainUnit: '主办单位',
  assistUnits: '协办单位',
  replyOn: '答复日期',
  result: '办理结果',
  satisfaction: '委员满意度',
  authors: '作者',
  adoptedLevel: '采用层级',
  adoptedOn: '采用日期',
  endorsement: '批示内容',
  endorsedBy: '批示领导',
  endorsedOn: '批示日期',
  memberId: '委员',
  memberName: '委员',
  happenedOn: '日期',
  source: '来源',
  kind: '类别',
  body: '正文',
  parentCommittee: '上级政协',
  currentYear: '当前年度',
  pointsEnabled: '履职积分',
  nameOrder: '姓名排序',
  itemCode: '履职事项',
  itemLabel: '履职事项',
  doneOn: '完成日期',
  evidence: '佐证材料',
  caption: '说明',
  deletedAt: '移入回收站的时间',
};

/** Bookkeeping and ids that a name beside them already says; not worth a line of their own. */
const hidden = new Set(['id', 'createdAt', 'updatedAt', 'nameInitials', 'leadMemberId', 'memberId', 'sha256']);

type Labels = { label(code: string): string };
const enumOf = (key: string, entity: Entity): Labels | undefined => {
  const byKey: Record<string, Labels> = {
    gender: Gender,
    committeeLevels: CommitteeLevel,
    position: Position,
    groupRole: GroupRole,
    type: ActivityType,
    activityType: ActivityType,
    period: MonthPeriod,
    filing: ProposalFiling,
    result: ProposalResult,
    satisfaction: Satisfaction,
    adoptedLevel: AdoptionLevel,
    kind: DocumentKind,
    nameOrder: NameOrder,
  };
  if (key === 'status') {
    const byEntity: Partial<Record<Entity, Labels>> = {
      member: MemberStatus,
      activity: ActivityStatus,
      opinion_report: OpinionReportStatus,
    };
    return byEntity[entity];
  }
  return byKey[key];
};

const EMPTY = '（空）';

/** One value the way the clerk reads it: codes as their Chinese words, dates the Chinese way. */
export function valueText(key: string, value: unknown, entity: Entity): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return EMPTY;
  if (typeof value === 'boolean') return value ? '是' : '否';
  const labels = enumOf(key, entity);
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        if (typeof v !== 'object' || v === null) return labels ? labels.label(String(v)) : String(v);
        const o = v as { name?: string; memberName?: string; attendance?: string };
        const who = o.memberName ?? o.name ?? JSON.stringify(v);
        return o.attendance ? `${who}（${Attendance.label(o.attendance as Attendance)}）` : who;
      })
      .join('、');
  }
  if (typeof value === 'string') {
    if (labels) return labels.label(value) ?? value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return zhDate(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return format(new Date(value), 'yyyy年M月d日 HH:mm');
    return value;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The fields that differ between the record before and after (all shown fields when one side is missing). */
export function fieldChanges(before: unknown, after: unknown, entity: Entity): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !hidden.has(k));
  return keys
    .map((key) => ({
      key,
      label: fieldLabels[key] ?? key,
      before: before == null ? '' : valueText(key, b[key], entity),
      after: after == null ? '' : valueText(key, a[key], entity),
    }))
    .filter(
      (c) => c.before !== c.after && !(before == null && c.after === EMPTY) && !(after == null && c.before === EMPTY),
    );
}
