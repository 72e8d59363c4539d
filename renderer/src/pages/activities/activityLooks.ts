import type { Activity } from '../../../../shared/contract/activities';
import type { ActivityStatus, Attendance } from '../../../../shared/enums';

/** Tag colours: held is done (green), planned is ahead (blue), cancelled fades. */
export const statusColor: Record<ActivityStatus, string> = { planned: 'blue', held: 'green', cancelled: 'default' };

/** 出席 / 请假 / 缺席 counts of one sheet. */
export function attendanceCounts(participants: Pick<Activity['participants'][number], 'attendance'>[]) {
  const counts: Record<Attendance, number> = { present: 0, excused: 0, absent: 0 };
  for (const p of participants) counts[p.attendance]++;
  return counts;
}
