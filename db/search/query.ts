import type Database from 'better-sqlite3';
import { searchableKinds } from '../../shared/recordKinds';
import type { ParsedInput } from '../../shared/api';
import type { SearchHit } from '../../shared/contract/search';
import type { IndexRow } from './indexRows';
import { longWordHits } from './longWordHits';
import { nameHits } from './nameHits';
import { queryWords } from './queryWords';
import { fromRowid } from './searchKinds';
import { shortWordHits } from './shortWordHits';
import { snippet } from './snippet';

const DEFAULT_LIMIT = 50;

/**
 * Rows holding every word of the query in their title or text. A query of one or two letters
 * that spells some member's name ("zw", "l") is taken as initials only: the text is not
 * scanned for it, since two characters have no index and the scan would read every row to find,
 * as a rule, nothing. Letters that spell no name, and three letters or more ("abc", "PPP"),
 * are looked for in the text as well.
 */
function textHits(
  db: Database.Database,
  terms: string[],
  input: { kinds: ParsedInput<'search.query'>['kinds']; limit: number; namesFound: number },
): IndexRow[] {
  const kinds = input.kinds?.length ? input.kinds : searchableKinds;
  const words = queryWords(terms);
  if (words.phrases.length) return longWordHits(db, words, kinds, input.limit);
  if (input.namesFound > 0) return [];
  return shortWordHits(db, words, kinds, input.limit);
}

/**
 * The archive-wide search box. Any text is safe to search: nothing in it is taken as syntax.
 * Members whose name the query spells in pinyin (zengwei, zeng wei, zw) come first.
 */
export function searchArchive(db: Database.Database, input: ParsedInput<'search.query'>): SearchHit[] {
  const query = input.query.trim();
  const terms = query.split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const limit = input.limit ?? DEFAULT_LIMIT;
  const byName = !input.kinds?.length || input.kinds.includes('member') ? nameHits(db, query, limit) : [];
  const byText = textHits(db, terms, { kinds: input.kinds, limit, namesFound: byName.length });
  const seen = new Set<number>();
  const hits: SearchHit[] = [];
  for (const row of [...byName, ...byText]) {
    const found = fromRowid(row.rowid);
    if (!found || seen.has(row.rowid) || hits.length >= limit) continue;
    seen.add(row.rowid);
    hits.push({ ...found, title: row.title, snippet: snippet(row.body, terms) });
  }
  return hits;
}
