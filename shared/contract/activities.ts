import { z } from 'zod';
import { ActivityStatus, ActivityType, Attendance } from '../enums';
import { allDifferent, id, isoDate, memberIds, optional, requiredText, text, time, year } from './fields';
import { listInput, searchWords } from './lists';
import type { Page, Stamped } from './fields';
import { method, query, recordMethods } from './define';

/** One member on an activity's attendance sheet (签到表). */
export interface Participant {
  memberId: number;
  /** The member's name, for display (kept even when the member is later put in the recycle bin). */
  memberName: string;
  attendance: Attendance;
  leaveReason: string | null;
  role: string | null;
}

export interface Activity extends Stamped {
  type: ActivityType;
  title: string;
  startsOn: string;
  startTime: string | null;
  endsOn: string | null;
  endTime: string | null;
  /** The year of startsOn (derived, read-only). */
  year: number;
  place: string | null;
  content: string | null;
  responsible: string | null;
  organiser: string | null;
  /** A collective activity of the group (counts toward "年内集体活动不少于4次"). */
  collective: boolean;
  suggestionsCount: number;
  suggestionsText: string | null;
  reportTitle: string | null;
  followUp: string | null;
  status: ActivityStatus;
  planItemId: number | null;
  notes: string | null;
  participants: Participant[];
}

const attendance = z.enum(Attendance.codes, { error: '出勤情况只能是 出席、请假 或 缺席' });

/** Only a member on leave (请假) gives a reason; 出席 and 缺席 carry none. */
const reasonOnlyWhenExcused = (p: { attendance?: Attendance; leaveReason?: string | null }) =>
  p.attendance === 'excused' || !p.leaveReason;
const reasonOnlyWhenExcusedMessage = { message: '只有请假的委员才能填写请假事由', path: ['leaveReason'] };

export const participantInput = z
  .object({
    memberId: id,
    attendance,
    leaveReason: optional(text(200, '请假事由')),
    role: optional(text(40, '活动中的角色')),
  })
  .strict()
  .refine(reasonOnlyWhenExcused, reasonOnlyWhenExcusedMessage);

const participants = z
  .array(participantInput)
  .max(1000, '参加人员不能超过 1000 人')
  .refine((list) => allDifferent(list.map((p) => p.memberId)), { message: '同一位委员不能重复列入参加人员' });

export const activityFields = z
  .object({
    type: z.enum(ActivityType.codes, { error: '请选择有效的活动类型' }),
    title: requiredText(120, '活动名称'),
    startsOn: isoDate,
    startTime: optional(time),
    endsOn: optional(isoDate),
    endTime: optional(time),
    place: optional(text(200, '活动地点')),
    content: optional(text(20000, '活动内容')),
    responsible: optional(text(60, '责任人')),
    organiser: optional(text(120, '组织单位')),
    collective: z.boolean({ error: '是否集体活动必须是 是 或 否' }).optional(),
    suggestionsCount: z
      .number({ error: '意见建议条数必须是数字' })
      .int('意见建议条数必须是整数')
      .min(0, '意见建议条数不能小于 0')
      .optional(),
    suggestionsText: optional(text(20000, '意见建议')),
    reportTitle: optional(text(200, '调研报告名称')),
    followUp: optional(text(5000, '后续跟进')),
    status: z.enum(ActivityStatus.codes, { error: '活动状态只能是 计划中、已开展 或 已取消' }).optional(),
    planItemId: optional(id),
    notes: optional(text(2000, '备注')),
    participants: participants.optional(),
  })
  .strict();

interface Range {
  startsOn?: string | null;
  endsOn?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

export const endsBeforeStart = (a: Range) => !!a.startsOn && !!a.endsOn && a.endsOn < a.startsOn;
/** On a one-day activity the end time cannot come before the start time. */
export const endTimeBeforeStart = (a: Range) =>
  (!a.endsOn || a.endsOn === a.startsOn) && !!a.startTime && !!a.endTime && a.endTime < a.startTime;
export const endsBeforeStartMessage = '结束日期不能早于开始日期';
export const endTimeBeforeStartMessage = '结束时间不能早于开始时间';

function withValidRange<T extends z.ZodType<Range>>(schema: T) {
  return schema
    .refine((a) => !endsBeforeStart(a), { message: endsBeforeStartMessage, path: ['endsOn'] })
    .refine((a) => !endTimeBeforeStart(a), { message: endTimeBeforeStartMessage, path: ['endTime'] });
}

export const activityCreate = withValidRange(activityFields);
/** `patch.participants`, when given, replaces the whole attendance sheet. */
export const activityPatch = withValidRange(activityFields.partial());

export const activityList = listInput(
  {
    year: year.optional(),
    month: z
      .number({ error: '月份必须是数字' })
      .int('月份必须是整数')
      .min(1, '月份应为 1–12')
      .max(12, '月份应为 1–12')
      .optional(),
    /**
     * Only activities taking place on some day from `from` to `to` (both included; a several-day
     * activity counts on each of its days): a quarter of the list, the month a calendar shows.
     */
    from: isoDate.optional(),
    to: isoDate.optional(),
    type: z.enum(ActivityType.codes, { error: '活动类型无效' }).optional(),
    status: z.enum(ActivityStatus.codes, { error: '活动状态无效' }).optional(),
    /** Title, place or content. */
    q: searchWords,
    /** Only activities this member is on the attendance sheet of (any attendance). */
    memberId: id.optional(),
  },
  { orderBy: z.enum(['dateDesc', 'dateAsc']).optional() },
);

export const activitySetAttendance = z
  .object({ activityId: id, memberId: id, attendance, leaveReason: optional(text(200, '请假事由')) })
  .strict()
  .refine(reasonOnlyWhenExcused, reasonOnlyWhenExcusedMessage);

export const activityAddParticipants = z
  .object({
    activityId: id,
    memberIds: memberIds(1000, '一次最多添加 1000 位委员', '同一位委员不能重复选择').min(1, '请至少选择一位委员'),
    attendance: attendance.default('present'),
  })
  .strict();

/** What a calendar cell shows of one activity (and what opens it): no attendance sheet, no texts. */
export interface CalendarActivity {
  id: number;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  startsOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  /** Shown in the cell's tooltip. */
  place: string | null;
}

export interface CalendarDays {
  /** The live activities on some day of the range, by date (a several-day one on each of its days). */
  items: CalendarActivity[];
  /** More activities than `calendarCap` fall in the range: only the first of them are in `items`. */
  truncated: boolean;
}

/**
 * The longest range the calendar reads at once, in days: a month panel with the days of the
 * months around it. It bounds the rows read (a merged district holds ~800 activities a month, so
 * two months stay under the cap and under 20 ms), and the repository's look-back for activities
 * begun before the range uses the same bound.
 */
export const calendarMaxDays = 62;
/** The most activities one calendar read returns; past it `truncated` says so (none in two months of the stress archive, ~1,650). */
export const calendarCap = 2000;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export const activityCalendar = z
  .object({
    from: isoDate,
    to: isoDate,
    /** The list's filters, so the calendar shows what the list does. */
    type: z.enum(ActivityType.codes, { error: '活动类型无效' }).optional(),
    status: z.enum(ActivityStatus.codes, { error: '活动状态无效' }).optional(),
    /** Title, place or content. */
    q: searchWords,
  })
  .strict()
  .refine((r) => r.to >= r.from, { message: '结束日期不能早于开始日期', path: ['to'] })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) < calendarMaxDays, {
    message: `日历一次最多读取 ${calendarMaxDays} 天的活动`,
    path: ['to'],
  });

/** The filters of the list, for one year's count of activities per month (the calendar's year view). */
export const activityMonthCounts = activityList
  .omit({ month: true, orderBy: true, limit: true, offset: true })
  .extend({ year });

export const activitiesContract = {
  'activities.list': query<Page<Activity>>()('活动台账（筛选、搜索、分页，默认按日期从近到远）', activityList),
  'activities.calendar': query<CalendarDays>()(
    '日历上一段日子的活动（只含日历显示的字段，按日期排列）',
    activityCalendar,
  ),
  'activities.monthCounts': query<number[]>()('一年中每个月的活动数（1–12 月，与列表相同的筛选）', activityMonthCounts),
  ...recordMethods<Activity>()('activity', {
    get: '读取一次活动（含参加人员）',
    create: ['新增活动（可同时填写参加人员）', activityCreate],
    update: ['修改活动（给出参加人员时整体替换）', activityPatch],
  }),
  'activities.setAttendance': method<Activity>()('登记一位委员在一次活动中的出勤', activitySetAttendance),
  'activities.addParticipants': method<Activity>()('批量添加参加人员（如一个界别的全部委员）', activityAddParticipants),
};
