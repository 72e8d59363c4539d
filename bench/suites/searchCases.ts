import type Database from 'better-sqlite3';
import { like, type QueryCase } from './queryCase';

const ROWID_FACTOR = 10_000_000_000;

/** The search box: long words through the trigram index, short ones, rare ones, pinyin initials. */
export function searchCases(db: Database.Database): QueryCase[] {
  const limit = 50;
  // 3+ characters: is the word in more than 2,000 rows? then bm25, or title hits newest first.
  const beyondRanked = db.prepare(
    'SELECT 1 FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 2000',
  );
  const ranked = db
    .prepare(
      'SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 10.0, 1.0), rowid DESC LIMIT ?',
    )
    .pluck();
  const newest = db
    .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
    .pluck();
  const row = db.prepare('SELECT rowid, title, body FROM search_index WHERE rowid = ?');
  const fts = (phrase: string) => {
    const common = beyondRanked.get(phrase) !== undefined;
    let ids = (common ? newest.all(`title : (${phrase})`, limit) : ranked.all(phrase, limit)) as number[];
    if (common && ids.length < limit)
      ids = [...new Set([...ids, ...(newest.all(phrase, limit + ids.length) as number[])])];
    return ids.slice(0, limit).map((id) => row.get(id));
  };
  // 2 characters, each kind newest first, as db/search/shortWordHits.ts reads it: the newest 1,000
  // rowids read whole, then (when they hold too few hits) the older rows the bigram index lists for
  // the pair (migration 8), each checked with LIKE, stopping at the limit.
  const matching = `WHERE (title LIKE @s0 ESCAPE '\\' OR body LIKE @s0 ESCAPE '\\') ORDER BY rowid DESC LIMIT @limit`;
  const whole = db.prepare(
    `SELECT rowid, title, body FROM (SELECT id AS rowid, c0 AS title, c1 AS body FROM search_index_content
     WHERE id >= @lo AND id < @hi) ${matching}`,
  );
  const byPairs = db.prepare(
    `SELECT rowid, title, body FROM (SELECT search_bigrams.rowid AS rowid, c.c0 AS title, c.c1 AS body
       FROM search_bigrams JOIN search_index_content c ON c.id = search_bigrams.rowid
       WHERE search_bigrams MATCH @pairs AND search_bigrams.rowid >= @lo AND search_bigrams.rowid < @hi) ${matching}`,
  );
  const newestId = db.prepare('SELECT max(id) FROM search_index_content WHERE id >= ? AND id < ?').pluck();
  const shortWord = (word: string) => {
    const rows: unknown[] = [];
    const pairs = `"${Buffer.from(word, 'utf8').toString('hex')}"`;
    for (let code = 1; code <= 6 && rows.length < limit; code++) {
      const lo = code * ROWID_FACTOR;
      const hi = (code + 1) * ROWID_FACTOR;
      const top = newestId.get(lo, hi) as number | null;
      if (top === null) continue;
      const split = Math.max(lo, top - 999);
      rows.push(...whole.all({ s0: like(word), lo: split, hi, limit: limit - rows.length }));
      if (rows.length < limit && split > lo)
        rows.push(...byPairs.all({ pairs, s0: like(word), lo, hi: split, limit: limit - rows.length }));
    }
    return rows;
  };
  const initials = db.prepare(
    `SELECT 1 * ${ROWID_FACTOR} + m.id AS rowid, m.name AS title, coalesce(s.body, '') AS body
     FROM members m LEFT JOIN search_index s ON s.rowid = 1 * ${ROWID_FACTOR} + m.id
     WHERE m.deleted_at IS NULL AND m.name_initials LIKE @prefix ESCAPE '\\'
     ORDER BY m.name_key, m.id LIMIT @limit`,
  );
  /** One query typed into the search box, and the reads it takes outside the contract. */
  const search = (name: string, query: string, raw: () => unknown): QueryCase => ({
    area: 'search',
    name,
    method: 'search.query',
    input: { query },
    raw,
  });
  return [
    search('search 4 chars (FTS) "污水处理"', '污水处理', () => fts('"污水处理"')),
    search('search 3 chars (FTS) "联络组"', '联络组', () => fts('"联络组"')),
    search('search 2 chars (bigrams) "养老"', '养老', () => shortWord('养老')),
    search('search 2 chars, rare (bigrams) "俞伟"', '俞伟', () => shortWord('俞伟')),
    search('search pinyin initials "zw"', 'zw', () => initials.all({ prefix: 'zw%', limit })),
  ];
}
