import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/contract/activities';
import type { Attendance } from '../../shared/enums';
import { byName } from '../members/order/nameKey';
import { activityTable } from '../activities/repo';

/** One member on the activity's sheet as the notice and the 签到表 print them. */
export interface PrintedParticipant {
  name: string;
  sector: string;
  attendance: Attendance;
  leaveReason: string | null;
  role: string | null;
}

/** Who to call about the activity: a name and, when the roster has one, a phone number. */
export interface PrintContact {
  name: string;
  phone: string | null;
}

/** What a 会议通知 and a 签到表 are made of, all of it already entered. */
export interface ActivityPrint {
  activity: Activity;
  /** The group's name (联络组名称), the notice's 落款. */
  group: string;
  /** In the group's name order (设置 → 姓名排序), as every list of members. */
  participants: PrintedParticipant[];
  contact: PrintContact | null;
}

/**
 * The contact the notice names: the group's 联络员 on the roster (the first in name order, if there
 * are several) with their phone in full, since it is printed to be called; failing that the
 * activity's 责任人, with a phone when a member of that name has one.
 */
function contactOf(db: Database.Database, activity: Activity): PrintContact | null {
  const liaison = db
    .prepare(
      `SELECT name, phone FROM members WHERE group_role = 'liaison' AND status = 'active' AND deleted_at IS NULL
        ORDER BY (phone IS NULL OR trim(phone) = ''), ${byName()} LIMIT 1`,
    )
    .get() as PrintContact | undefined;
  if (liaison) return { name: liaison.name, phone: liaison.phone?.trim() || null };
  const responsible = activity.responsible?.trim();
  if (!responsible) return null;
  const phone = db
    .prepare(
      `SELECT phone FROM members WHERE name = ? AND deleted_at IS NULL AND trim(coalesce(phone, '')) <> ''
        ORDER BY ${byName()} LIMIT 1`,
    )
    .pluck()
    .get(responsible) as string | undefined;
  return { name: responsible, phone: phone?.trim() || null };
}

export function activityPrint(db: Database.Database, activityId: number): ActivityPrint {
  const activity = activityTable.get(db, activityId);
  const participants = db
    .prepare(
      `SELECT m.name, coalesce(m.sector, '') AS sector, p.attendance, p.leave_reason AS leaveReason, p.role
         FROM activity_participants p JOIN members m ON m.id = p.member_id
        WHERE p.activity_id = ? ORDER BY ${byName('m.')}`,
    )
    .all(activityId) as PrintedParticipant[];
  const group = (db.prepare('SELECT name FROM group_settings WHERE id = 1').pluck().get() as string | undefined) ?? '';
  return { activity, group: group.trim() || '政协联络组', participants, contact: contactOf(db, activity) };
}
