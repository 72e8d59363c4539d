import type Database from 'better-sqlite3';
import type { NamedMember } from '../../shared/contract/namedMember';
import { assertLiveMembers } from './liveMembers';
import { prepared } from './statements';

interface LinkSpec {
  /** The link table, one row a member named on a record. */
  table: string;
  /** Its column holding the record's id. */
  owner: string;
  /** What the members are on the record, for the message refusing one: 提案联名人. */
  role: string;
  /** The order they are read in, over the link `l` and the member `m`. */
  orderBy: string;
  /** The table keeps the order given (a `position` column): the first author is the lead. */
  positioned?: boolean;
}

/** The members named on a record through a link table (a proposal's co-signers, a report's authors). */
export function memberLinks(spec: LinkSpec) {
  const of = (db: Database.Database, ownerId: number): NamedMember[] =>
    prepared(
      db,
      `SELECT l.member_id AS memberId, m.name FROM ${spec.table} l JOIN members m ON m.id = l.member_id
       WHERE l.${spec.owner} = ? ORDER BY ${spec.orderBy}`,
    ).all(ownerId) as NamedMember[];

  /** Replaces the whole set; members newly added must be live, those already on it may stay. */
  function replace(db: Database.Database, ownerId: number, memberIds: number[]): void {
    assertLiveMembers(
      db,
      memberIds,
      spec.role,
      of(db, ownerId).map((c) => c.memberId),
    );
    db.prepare(`DELETE FROM ${spec.table} WHERE ${spec.owner} = ?`).run(ownerId);
    const columns = spec.positioned ? `${spec.owner}, member_id, position` : `${spec.owner}, member_id`;
    const insert = db.prepare(`INSERT INTO ${spec.table} (${columns}) VALUES (?, ?${spec.positioned ? ', ?' : ''})`);
    memberIds.forEach((memberId, position) =>
      spec.positioned ? insert.run(ownerId, memberId, position) : insert.run(ownerId, memberId),
    );
  }

  return { of, replace };
}
