import type Database from 'better-sqlite3';
import { prepared } from '../repo/statements';
import type { NamedMember } from '../../shared/contract/namedMember';
import { assertLiveMembers } from '../repo/liveMembers';
import { byName } from '../members/order/nameKey';

/** A proposal's co-signers (联名人), by name. */
export function cosignersOf(db: Database.Database, proposalId: number): NamedMember[] {
  return prepared(
    db,
    `SELECT c.member_id AS memberId, m.name FROM proposal_cosigners c JOIN members m ON m.id = c.member_id
       WHERE c.proposal_id = ? ORDER BY ${byName('m.')}`,
  ).all(proposalId) as NamedMember[];
}

/** Replaces the whole set; members newly added must be live, those already on it may stay. */
export function replaceCosigners(db: Database.Database, proposalId: number, memberIds: number[]): void {
  const current = cosignersOf(db, proposalId).map((c) => c.memberId);
  assertLiveMembers(db, memberIds, '提案联名人', current);
  db.prepare('DELETE FROM proposal_cosigners WHERE proposal_id = ?').run(proposalId);
  const insert = db.prepare('INSERT INTO proposal_cosigners (proposal_id, member_id) VALUES (?, ?)');
  for (const memberId of memberIds) insert.run(proposalId, memberId);
}
