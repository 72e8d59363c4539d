import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import { jielongChange, type JielongOutcome } from '../../../shared/contract/jielong';
import { activityTable } from '../../activities/repo';
import { markAttendance } from '../../activities/participants';

/**
 * Writes the rows the clerk confirmed onto the activity's sheet, through the activity's update
 * (one audit entry with the sheet before and after), in one transaction. Members on the sheet
 * but not in the 接龙 keep their cell. Rows that would change nothing are skipped, so the same
 * paste applied twice changes nothing the second time.
 */
export function applyJielong(db: Database.Database, input: ParsedInput<'attendance.applyJielong'>): JielongOutcome {
  return db.transaction(() => {
    const activity = activityTable.get(db, input.activityId);
    const counts = { new: 0, changed: 0, unchanged: 0 };
    const writes = input.rows.filter((r) => {
      const change = jielongChange(activity.participants, r.memberId, r.attendance, r.leaveReason);
      counts[change]++;
      return change !== 'unchanged';
    });
    const outcome = { added: counts.new, changed: counts.changed, unchanged: counts.unchanged, changes: writes.length };
    if (writes.length === 0) return { ...outcome, activity };
    const updated = activityTable.update(db, activity.id, {}, () => {
      for (const r of writes) markAttendance(db, activity.id, r);
    });
    return { ...outcome, activity: updated };
  })();
}
