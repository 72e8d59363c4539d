import type Database from 'better-sqlite3';
import { likeEscape } from '../repo/members';
import type { IndexRow } from './indexRows';
import { ROWID_FACTOR, searchKindCodes } from './searchKinds';
import { byName } from '../members/order/nameKey';

/** A query of ASCII letters only may be a name's pinyin initials. */
const mayBeInitials = (query: string) => /^[a-z]+$/i.test(query);

/** Live members whose name's pinyin initials start with the query: zw finds 张伟. */
export function initialsHits(db: Database.Database, query: string, limit: number): IndexRow[] {
  if (!mayBeInitials(query)) return [];
  const rowid = `${searchKindCodes.member} * ${ROWID_FACTOR} + m.id`;
  return db
    .prepare(
      `SELECT ${rowid} AS rowid, m.name AS title, coalesce(s.body, '') AS body
       FROM members m LEFT JOIN search_index s ON s.rowid = ${rowid}
       WHERE m.deleted_at IS NULL AND m.name_initials LIKE @prefix ESCAPE '\\'
       ORDER BY ${byName('m.')} LIMIT @limit`,
    )
    .all({ prefix: `${likeEscape(query.toLowerCase())}%`, limit }) as IndexRow[];
}
