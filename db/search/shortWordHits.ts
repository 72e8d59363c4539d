import type Database from 'better-sqlite3';
import type { SearchKind } from '../../shared/contract/search';
import type { IndexRow } from './indexRows';
import type { QueryWords } from './queryWords';
import { ROWID_FACTOR, searchKindCodes } from './searchKinds';

/**
 * Rows holding every word of a query that has no word of 3+ characters, so no index applies:
 * members first, then activities, proposals and so on, newest first within each kind. Each kind
 * is read newest-first by rowid and the scan stops at `limit` hits, so a common word reads only
 * the newest rows. A word found in few rows (or none) is still looked for in every row of the
 * kinds asked for: that is the cost of words shorter than a trigram.
 *
 * The rows are read from search_index_content, FTS5's own copy of the indexed text (id = rowid,
 * c0 = title, c1 = body): a plain table, so a kind's rowid range is a B-tree range. A scan of
 * search_index itself reads the whole table whatever rowid range it is given.
 */
export function shortWordHits(
  db: Database.Database,
  words: QueryWords,
  kinds: readonly SearchKind[],
  limit: number,
): IndexRow[] {
  const read = db.prepare(
    `SELECT rowid, title, body
     FROM (SELECT id AS rowid, c0 AS title, c1 AS body FROM search_index_content WHERE id >= @lo AND id < @hi)
     WHERE ${words.anywhere.join(' AND ')} ORDER BY rowid DESC LIMIT @limit`,
  );
  const rows: IndexRow[] = [];
  for (const code of [...new Set(kinds.map((k) => searchKindCodes[k]))].sort((a, b) => a - b)) {
    const range = { lo: code * ROWID_FACTOR, hi: (code + 1) * ROWID_FACTOR };
    rows.push(...(read.all({ ...words.params, ...range, limit: limit - rows.length }) as IndexRow[]));
    if (rows.length >= limit) break;
  }
  return rows;
}
