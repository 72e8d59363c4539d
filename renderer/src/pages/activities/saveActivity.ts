import type { Activity } from '../../../../shared/contract/activities';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import {
  activityToValues,
  valuesToFields,
  valuesToSheet,
  type ActivityFormValues,
  type SheetInput,
} from './activityFormValues';

/** Sheet rows that differ from what the archive holds: new 请假 rows (they need a reason) and changed cells. */
function changedCells(before: Activity, sheet: SheetInput[]): SheetInput[] {
  const stored = new Map(before.participants.map((p) => [p.memberId, p]));
  return sheet.filter((s) => {
    const b = stored.get(s.memberId);
    if (!b) return s.attendance === 'excused';
    return b.attendance !== s.attendance || (b.leaveReason ?? null) !== (s.leaveReason ?? null);
  });
}

/**
 * Saves the form. A new activity is created with its sheet in one call. An edit sends only the
 * changed fields, then the sheet the way the clerk changed it — newcomers by addParticipants, each
 * changed attendance by setAttendance — so the audit log reads as what happened. Taking a member
 * off the sheet can only be said by replacing the whole sheet, so then the update carries it.
 */
export async function saveActivity(values: ActivityFormValues, before?: Activity): Promise<Result<Activity>> {
  const fields = valuesToFields(values);
  const sheet = valuesToSheet(values);
  if (!before) return call('activities.create', { ...fields, participants: sheet });

  const activityId = before.id;
  const patch = changedFields(valuesToFields(activityToValues(before)), fields);
  const onSheet = new Set(sheet.map((s) => s.memberId));
  if (before.participants.some((p) => !onSheet.has(p.memberId))) {
    return call('activities.update', { id: activityId, patch: { ...patch, participants: sheet } });
  }

  let last: Result<Activity> = { ok: true, value: before };
  if (Object.keys(patch).length > 0) {
    last = await call('activities.update', { id: activityId, patch });
    if (!last.ok) return last;
  }
  const stored = new Set(before.participants.map((p) => p.memberId));
  for (const attendance of ['present', 'absent'] as const) {
    const memberIds = sheet
      .filter((s) => !stored.has(s.memberId) && s.attendance === attendance)
      .map((s) => s.memberId);
    if (memberIds.length === 0) continue;
    last = await call('activities.addParticipants', { activityId, memberIds, attendance });
    if (!last.ok) return last;
  }
  for (const { memberId, attendance, leaveReason } of changedCells(before, sheet)) {
    last = await call('activities.setAttendance', { activityId, memberId, attendance, leaveReason });
    if (!last.ok) return last;
  }
  return last;
}

/** Whether the form differs from what it opened with (for the unsaved-change warning). */
export function formChanged(initial: ActivityFormValues, current: ActivityFormValues): boolean {
  const shape = (v: ActivityFormValues) => JSON.stringify([valuesToFields(v), valuesToSheet(v)]);
  return shape(initial) !== shape(current);
}
