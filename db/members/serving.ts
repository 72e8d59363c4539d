import type Database from 'better-sqlite3';
import type { DutyMember } from '../../shared/contract/duty';
import { byName } from './order/nameKey';
import { prepared } from '../repo/statements';

/**
 * Members serving in a year: live, joined on or before its last day, and not left before its
 * first day. A member marked 已离任 with no leaving date is left out of every year: without the
 * date the archive cannot tell when they left, and they would otherwise show as behind on duties
 * in every year to come (the clerk fixes this by entering the date). In the group's name order.
 */
export function servingMembers(db: Database.Database, year: number): DutyMember[] {
  // Rows as arrays, made into objects here: better-sqlite3's objects cost a district's 5,000
  // members several times the read itself.
  const rows = prepared(
    db,
    `SELECT id, name, sector FROM members
       WHERE deleted_at IS NULL
         AND (joined_on IS NULL OR joined_on <= @last)
         AND (left_on IS NULL OR left_on >= @first)
         AND NOT (status = 'left' AND left_on IS NULL)
       ORDER BY ${byName()}`,
  )
    .raw()
    .all({ first: `${year}-01-01`, last: `${year}-12-31` }) as [number, string, string | null][];
  return rows.map(([id, name, sector]) => ({ id, name, sector }));
}
