import type Database from 'better-sqlite3';
import { prepared } from '../repo/statements';
import type { NamedMember } from '../../shared/contract/namedMember';
import { assertLiveMembers } from '../repo/liveMembers';

/** A report's authors in their order; the first is the lead author. */
export function authorsOf(db: Database.Database, reportId: number): NamedMember[] {
  return prepared(
    db,
    `SELECT a.member_id AS memberId, m.name FROM opinion_report_members a JOIN members m ON m.id = a.member_id
       WHERE a.report_id = ? ORDER BY a.position, m.id`,
  ).all(reportId) as NamedMember[];
}

/** Replaces the authors in the order given; members newly added must be live. */
export function replaceAuthors(db: Database.Database, reportId: number, memberIds: number[]): void {
  const current = authorsOf(db, reportId).map((a) => a.memberId);
  assertLiveMembers(db, memberIds, '社情民意作者', current);
  db.prepare('DELETE FROM opinion_report_members WHERE report_id = ?').run(reportId);
  const insert = db.prepare('INSERT INTO opinion_report_members (report_id, member_id, position) VALUES (?, ?, ?)');
  memberIds.forEach((memberId, position) => insert.run(reportId, memberId, position));
}
