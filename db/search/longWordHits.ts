import type Database from 'better-sqlite3';
import type { SearchableKind } from '../../shared/recordKinds';
import { prepared } from '../repo/statements';
import { indexRows, type IndexRow } from './indexRows';
import type { QueryWords } from './queryWords';
import { kindCondition } from './searchKinds';

/**
 * A word found in more rows than this is too common to rank by bm25. Before it scores a single
 * row, FTS5's bm25 counts every row holding each word (its IDF), whatever else the query asks:
 * for a word in 100,000 rows that alone takes longer than the search box may. A real group's
 * archive has fewer rows than this in all (the realistic bench archive: 920), so there every
 * search is ranked by bm25 as before; only a merged district archive meets the other order.
 */
export const RANKED_WORD_ROWS = 2000;

const andEach = (conditions: string[]) =>
  conditions
    .filter(Boolean)
    .map((c) => ` AND ${c}`)
    .join('');

/**
 * Rows holding every word of a query with at least one word of 3+ characters. When each such
 * word is in at most RANKED_WORD_ROWS rows: best first by bm25, a word in the title weighing ten
 * times one in the text. Otherwise: rows with every word of 3+ characters in the title first,
 * then the others, newest first in each group (by rowid: newest within a kind, and kinds with a
 * higher code first), read from the index's newest end and stopped at `limit`. Rows in the
 * recycle bin are not in the index (the triggers of migration 1 keep it so).
 */
export function longWordHits(
  db: Database.Database,
  words: QueryWords,
  kinds: readonly SearchableKind[],
  limit: number,
): IndexRow[] {
  const kind = kindCondition(kinds);
  const match = words.phrases.join(' AND ');
  const newest = (expression: string, where: string, n: number) =>
    prepared(db, `SELECT rowid FROM search_index WHERE search_index MATCH @match${where} ORDER BY rowid DESC LIMIT @n`)
      .pluck()
      .all({ ...words.params, match: expression, n }) as number[];
  const beyondRanked = prepared(
    db,
    `SELECT 1 FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_WORD_ROWS}`,
  );
  const common = words.phrases.some((phrase) => beyondRanked.get(phrase) !== undefined);

  if (!common) {
    const ranked = prepared(
      db,
      `SELECT rowid FROM search_index WHERE search_index MATCH @match${andEach([...words.anywhere, kind])}
         ORDER BY bm25(search_index, 10.0, 1.0), rowid DESC LIMIT @limit`,
    )
      .pluck()
      .all({ ...words.params, match, limit }) as number[];
    return indexRows(db, ranked);
  }
  const inTitle = newest(`title : (${match})`, andEach([...words.anywhere, kind]), limit);
  if (inTitle.length >= limit) return indexRows(db, inTitle);
  const seen = new Set(inTitle);
  const rest = newest(match, andEach([...words.anywhere, kind]), limit + inTitle.length);
  return indexRows(db, [...inTitle, ...rest.filter((id) => !seen.has(id))].slice(0, limit));
}
