import type { Input } from '../../../../shared/api';
import type { Activity } from '../../../../shared/contract/activities';
import type { ActivityStatus, ActivityType, Attendance } from '../../../../shared/enums';
import { normalizeDateText } from '../../forms/dateText';
import { normalizeTimeText } from '../../forms/timeText';
import { datesAt, textsToValues, valuesToTexts } from '../../forms/textValues';

/** One line of the attendance sheet as the form holds it. */
export interface SheetRow {
  memberId: number;
  memberName: string;
  attendance: Attendance;
  leaveReason: string;
  role: string | null;
}

const textKeys = [
  'title',
  'startsOn',
  'startTime',
  'endsOn',
  'endTime',
  'place',
  'content',
  'responsible',
  'organiser',
  'suggestionsText',
  'reportTitle',
  'followUp',
  'notes',
] as const;
type TextKey = (typeof textKeys)[number];

/** What the activity form holds: every text as typed, choices as their codes. */
export type ActivityFormValues = { [K in TextKey]?: string } & {
  type?: ActivityType;
  collective: boolean;
  suggestionsCount: number | null;
  /** 形成调研报告: when ticked, the report's title is asked for. */
  reportProduced: boolean;
  status: ActivityStatus;
  planItemId?: number | null;
  participants: SheetRow[];
};

export type ActivityInput = Input<'activities.create'>;
/** The activity without its attendance sheet, which is saved on its own. */
export type ActivityFieldsInput = Omit<ActivityInput, 'participants'>;
export type SheetInput = NonNullable<ActivityInput['participants']>[number];

export const newActivityValues = (planItemId?: number): ActivityFormValues => ({
  collective: true,
  suggestionsCount: 0,
  reportProduced: false,
  status: 'held',
  planItemId,
  participants: [],
});

export function activityToValues(a: Activity): ActivityFormValues {
  return {
    ...textsToValues(textKeys, a),
    type: a.type,
    collective: a.collective,
    suggestionsCount: a.suggestionsCount,
    reportProduced: a.reportTitle !== null,
    status: a.status,
    planItemId: a.planItemId,
    participants: a.participants.map((p) => ({ ...p, leaveReason: p.leaveReason ?? '' })),
  };
}

const formatDate = datesAt(new Set<TextKey>(['startsOn', 'endsOn']));
const timeKeys = new Set<TextKey>(['startTime', 'endTime']);
const formatText = (key: TextKey, typed: string) =>
  timeKeys.has(key) ? normalizeTimeText(typed) : formatDate(key, typed);

/** The form as the contract's input: texts trimmed, dates and times written the archive's way, blanks as null. */
export function valuesToFields(v: ActivityFormValues): ActivityFieldsInput {
  const input: ActivityFieldsInput = {
    ...valuesToTexts(textKeys, v, formatText),
    type: v.type as ActivityType,
    title: (v.title ?? '').trim(),
    startsOn: normalizeDateText(v.startsOn ?? ''),
    collective: v.collective,
    suggestionsCount: v.suggestionsCount ?? 0,
    status: v.status,
    planItemId: v.planItemId ?? null,
  };
  if (!v.reportProduced) input.reportTitle = null;
  return input;
}

/** The attendance sheet as the contract takes it: a reason only for 请假. */
export function valuesToSheet(v: ActivityFormValues): SheetInput[] {
  return (v.participants ?? []).map((p) => ({
    memberId: p.memberId,
    attendance: p.attendance,
    leaveReason: p.attendance === 'excused' ? p.leaveReason.trim() || null : null,
    role: p.role,
  }));
}

export const valuesToInput = (v: ActivityFormValues): ActivityInput => ({
  ...valuesToFields(v),
  participants: valuesToSheet(v),
});
