import type Database from 'better-sqlite3';
import type { SearchableKind } from '../../shared/recordKinds';
import type { IndexRow } from './indexRows';
import type { QueryWords } from './queryWords';
import { ROWID_FACTOR, searchKindCodes } from './searchKinds';

/**
 * How many of a kind's newest rowids are read whole before the bigram index is asked. A common
 * pair (委员, 养老) fills a page from the newest rows at once, while FTS5 would first gather every
 * row holding it; a rare one (俞伟) finds little here and the index answers for the rest.
 */
export const NEWEST_READ_WHOLE = 1000;

/** Rows of search_index_content (FTS5's own copy of the text: id = rowid, c0 title, c1 body) in a rowid range. */
const everyRow = 'SELECT id AS rowid, c0 AS title, c1 AS body FROM search_index_content WHERE id >= @lo AND id < @hi';
/** The same, only the rows search_bigrams (migration 8) lists for the query's pairs. */
const pairRows = `SELECT search_bigrams.rowid AS rowid, c.c0 AS title, c.c1 AS body
  FROM search_bigrams JOIN search_index_content c ON c.id = search_bigrams.rowid
  WHERE search_bigrams MATCH @pairs AND search_bigrams.rowid >= @lo AND search_bigrams.rowid < @hi`;

/**
 * Rows holding every word of a query that has no word of 3+ characters: members first, then
 * activities, proposals and so on, newest first within each kind, stopping at `limit` hits. Each
 * candidate is checked with LIKE, so the bigram index changes only what is read, never what is
 * found. Within a kind the newest NEWEST_READ_WHOLE rowids are read whole; when they hold too few
 * hits and the query has a word of two characters, the older rows come from the bigram index. A
 * query of one-character words only is looked for in every row of the kinds asked for.
 */
export function shortWordHits(
  db: Database.Database,
  words: QueryWords,
  kinds: readonly SearchableKind[],
  limit: number,
  readWhole = NEWEST_READ_WHOLE,
): IndexRow[] {
  const where = `WHERE ${words.anywhere.join(' AND ')} ORDER BY rowid DESC LIMIT @limit`;
  const whole = db.prepare(`SELECT rowid, title, body FROM (${everyRow}) ${where}`);
  const byPairs =
    words.pairs === undefined ? undefined : db.prepare(`SELECT rowid, title, body FROM (${pairRows}) ${where}`);
  const newest = db.prepare('SELECT max(id) FROM search_index_content WHERE id >= ? AND id < ?').pluck();
  const rows: IndexRow[] = [];
  const read = (statement: Database.Statement, lo: number, hi: number, extra = {}) =>
    rows.push(...(statement.all({ ...words.params, ...extra, lo, hi, limit: limit - rows.length }) as IndexRow[]));
  for (const code of [...new Set(kinds.map((k) => searchKindCodes[k]))].sort((a, b) => a - b)) {
    const lo = code * ROWID_FACTOR;
    const hi = (code + 1) * ROWID_FACTOR;
    if (!byPairs) read(whole, lo, hi);
    else {
      const top = newest.get(lo, hi) as number | null;
      if (top === null) continue;
      const split = Math.max(lo, top - readWhole + 1);
      read(whole, split, hi);
      if (rows.length < limit && split > lo) read(byPairs, lo, split, { pairs: words.pairs });
    }
    if (rows.length >= limit) break;
  }
  return rows;
}
