import type Database from 'better-sqlite3';
import { prepared } from '../repo/statements';
import type { Participant } from '../../shared/contract/activities';
import type { Attendance } from '../../shared/enums';
import { ArchiveError } from '../errors';
import { byName } from '../members/order/nameKey';

/** The attendance sheet of one activity, by member name. */
export function participantsOf(db: Database.Database, activityId: number): Participant[] {
  return prepared(
    db,
    `SELECT p.member_id AS memberId, m.name AS memberName, p.attendance, p.leave_reason AS leaveReason, p.role
       FROM activity_participants p JOIN members m ON m.id = p.member_id
       WHERE p.activity_id = ? ORDER BY ${byName('m.')}`,
  ).all(activityId) as Participant[];
}

function participantIds(db: Database.Database, activityId: number): Set<number> {
  return new Set(
    prepared(db, 'SELECT member_id FROM activity_participants WHERE activity_id = ?')
      .pluck()
      .all(activityId) as number[],
  );
}

/**
 * A member newly put on a sheet must exist and not be in the recycle bin. Members already on
 * the sheet stay allowed, so an old activity can still be edited after one of them was deleted.
 */
function assertCanJoin(db: Database.Database, memberIds: number[], alreadyOn: Set<number>): void {
  const joining = memberIds.filter((id) => !alreadyOn.has(id));
  if (joining.length === 0) return;
  // One read for the whole sheet, not one per member.
  const found = new Map(
    (
      prepared(db, 'SELECT id, name, deleted_at FROM members WHERE id IN (SELECT value FROM json_each(?))')
        .raw()
        .all(JSON.stringify(joining)) as [number, string, string | null][]
    ).map(([id, name, deletedAt]) => [id, { name, deletedAt }]),
  );
  for (const memberId of joining) {
    const m = found.get(memberId);
    if (!m) throw new ArchiveError('INVALID_INPUT', `找不到编号为 ${memberId} 的委员，不能列入参加人员。`);
    if (m.deletedAt) {
      throw new ArchiveError('INVALID_INPUT', `委员 ${m.name} 在回收站中，不能列入参加人员；请先从回收站恢复。`);
    }
  }
}

export interface ParticipantRow {
  memberId: number;
  attendance: Attendance;
  leaveReason?: string | null;
  role?: string | null;
}

/** Writes one cell of the sheet; an existing row keeps its role. A reason is kept only for 请假. */
function putParticipant(db: Database.Database, activityId: number, p: ParticipantRow): void {
  prepared(
    db,
    `INSERT INTO activity_participants (activity_id, member_id, attendance, leave_reason, role)
     VALUES (@activityId, @memberId, @attendance, @leaveReason, @role)
     ON CONFLICT (activity_id, member_id) DO UPDATE SET attendance = excluded.attendance, leave_reason = excluded.leave_reason`,
  ).run({
    activityId,
    memberId: p.memberId,
    attendance: p.attendance,
    leaveReason: p.attendance === 'excused' ? p.leaveReason?.trim() || null : null,
    role: p.role?.trim() || null,
  });
}

/** Replaces the whole sheet (activities.create / activities.update with participants). */
export function replaceParticipants(db: Database.Database, activityId: number, list: ParticipantRow[]): void {
  const on = participantIds(db, activityId);
  assertCanJoin(
    db,
    list.map((p) => p.memberId),
    on,
  );
  // A new activity has no sheet yet.
  if (on.size > 0) prepared(db, 'DELETE FROM activity_participants WHERE activity_id = ?').run(activityId);
  for (const p of list) putParticipant(db, activityId, p);
}

/** Marks one member's attendance, putting them on the sheet if they were not on it. */
export function markAttendance(db: Database.Database, activityId: number, p: ParticipantRow): void {
  assertCanJoin(db, [p.memberId], participantIds(db, activityId));
  putParticipant(db, activityId, p);
}

/** Members of `memberIds` not yet on the sheet. */
export function newcomers(db: Database.Database, activityId: number, memberIds: number[]): number[] {
  const on = participantIds(db, activityId);
  return memberIds.filter((id) => !on.has(id));
}

/** Puts members on the sheet with one attendance; they must not be on it already. */
export function addToSheet(
  db: Database.Database,
  activityId: number,
  memberIds: number[],
  attendance: Attendance,
): void {
  assertCanJoin(db, memberIds, new Set());
  for (const memberId of memberIds) putParticipant(db, activityId, { memberId, attendance });
}
