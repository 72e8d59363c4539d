import type Database from 'better-sqlite3';
import { prepared } from './statements';
import { ArchiveError } from '../errors';

/**
 * A member newly named on a record (as its author, lead, co-signer …) must exist and not lie in
 * the recycle bin. Members already on the record stay allowed, so an old record can still be
 * edited after one of them was deleted. `role` completes the message, e.g. 提案领衔人.
 */
export function assertLiveMembers(
  db: Database.Database,
  memberIds: number[],
  role: string,
  alreadyOn: readonly number[] = [],
): void {
  const find = prepared(db, 'SELECT name, deleted_at AS deletedAt FROM members WHERE id = ?');
  for (const memberId of memberIds) {
    if (alreadyOn.includes(memberId)) continue;
    const m = find.get(memberId) as { name: string; deletedAt: string | null } | undefined;
    if (!m) throw new ArchiveError('INVALID_INPUT', `找不到编号为 ${memberId} 的委员，不能作为${role}。`);
    if (m.deletedAt) {
      throw new ArchiveError('INVALID_INPUT', `委员 ${m.name} 在回收站中，不能作为${role}；请先从回收站恢复。`);
    }
  }
}

/** The member's name for display, kept even when the member is in the recycle bin. */
export const memberName = (db: Database.Database, memberId: number | null): string | null =>
  memberId === null
    ? null
    : ((prepared(db, 'SELECT name FROM members WHERE id = ?').get(memberId) as { name: string } | undefined)?.name ??
      null);
