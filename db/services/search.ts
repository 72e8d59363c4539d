import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { searchKinds, type SearchHit, type SearchKind } from '../../shared/contract/search';
import { likeEscape } from '../repo/members';
import { fromRowid, ROWID_FACTOR, searchKindCodes } from '../search/searchKinds';
import { snippet } from '../search/snippet';

const DEFAULT_LIMIT = 50;

/** The trigram index needs three characters; shorter words are matched with LIKE instead. */
const isLong = (term: string) => [...term].length >= 3;

/**
 * A phrase for FTS5 MATCH: inside double quotes every character is literal (AND, OR, NEAR, *, ^,
 * parentheses and colons included); a double quote is written twice.
 */
const ftsPhrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

interface IndexRow {
  rowid: number;
  title: string;
  body: string;
}

/**
 * Every word of the query must appear in the row's title or text: words of 3+ characters through
 * the trigram index, shorter ones by LIKE over the same two columns. Rows in the recycle bin are
 * not in the index (the triggers of migration 1 keep it so).
 */
function indexHits(db: Database.Database, terms: string[], kinds: SearchKind[], limit: number): IndexRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit };
  const long = terms.filter(isLong);
  if (long.length) {
    where.push('search_index MATCH @match');
    params.match = long.map(ftsPhrase).join(' AND ');
  }
  terms
    .filter((t) => !isLong(t))
    .forEach((t, i) => {
      where.push(`(title LIKE @s${i} ESCAPE '\\' OR body LIKE @s${i} ESCAPE '\\')`);
      params[`s${i}`] = `%${likeEscape(t)}%`;
    });
  if (kinds.length < searchKinds.length) {
    where.push(`rowid / ${ROWID_FACTOR} IN (${kinds.map((k) => searchKindCodes[k]).join(', ')})`);
  }
  // Titles weigh more than text; without a MATCH there is no rank, so newest rows of each kind first.
  const order = long.length ? 'bm25(search_index, 10.0, 1.0)' : `rowid / ${ROWID_FACTOR}, rowid DESC`;
  return db
    .prepare(`SELECT rowid, title, body FROM search_index WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit`)
    .all(params) as IndexRow[];
}

/** Members whose name's pinyin initials start with the query: zw finds 张伟. */
function initialsHits(db: Database.Database, query: string, limit: number): IndexRow[] {
  if (!/^[a-z]+$/i.test(query)) return [];
  return db
    .prepare(
      `SELECT ${searchKindCodes.member} * ${ROWID_FACTOR} + m.id AS rowid, m.name AS title, coalesce(s.body, '') AS body
       FROM members m LEFT JOIN search_index s ON s.rowid = ${searchKindCodes.member} * ${ROWID_FACTOR} + m.id
       WHERE m.deleted_at IS NULL AND m.name_initials LIKE @prefix ESCAPE '\\'
       ORDER BY m.name_initials, m.name, m.id LIMIT @limit`,
    )
    .all({ prefix: `${likeEscape(query.toLowerCase())}%`, limit }) as IndexRow[];
}

/** The archive-wide search box. Any text is safe to search: nothing in it is taken as syntax. */
export function searchArchive(db: Database.Database, input: ParsedInput<'search.query'>): SearchHit[] {
  const query = input.query.trim();
  const terms = query.split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const limit = input.limit ?? DEFAULT_LIMIT;
  const kinds = input.kinds?.length ? input.kinds : [...searchKinds];
  const byInitials = kinds.includes('member') ? initialsHits(db, query, limit) : [];
  const seen = new Set<number>();
  const hits: SearchHit[] = [];
  for (const row of [...byInitials, ...indexHits(db, terms, kinds, limit)]) {
    const found = fromRowid(row.rowid);
    if (!found || seen.has(row.rowid) || hits.length >= limit) continue;
    seen.add(row.rowid);
    hits.push({ ...found, title: row.title, snippet: snippet(row.body, terms) });
  }
  return hits;
}
