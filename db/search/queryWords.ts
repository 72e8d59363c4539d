import { likeEscape } from '../repo/listFilter';

/** The trigram index needs three characters; shorter words are matched with LIKE instead. */
const isLong = (word: string) => [...word].length >= 3;

/**
 * A phrase for FTS5 MATCH: inside double quotes every character is literal (AND, OR, NEAR, *, ^,
 * parentheses and colons included); a double quote is written twice.
 */
const ftsPhrase = (word: string) => `"${word.replaceAll('"', '""')}"`;

/**
 * A two-character word as the token search_bigrams holds it (migration 8): ASCII letters in lower
 * case, as SQLite's lower() and LIKE fold them (and no other letters), then the hex of its UTF-8.
 */
const pairToken = (word: string) =>
  Buffer.from(
    word.replace(/[A-Z]/g, (c) => c.toLowerCase()),
    'utf8',
  ).toString('hex');

/** A query's words as SQL over search_index; every word must appear in the title or the text. */
export interface QueryWords {
  /** Words of 3+ characters as FTS5 phrases, for the trigram index. */
  phrases: string[];
  /** One LIKE condition per shorter word, over title and body, % and _ taken literally. */
  anywhere: string[];
  /** The LIKE patterns, to bind to statements using `anywhere`. */
  params: Record<string, string>;
  /**
   * A MATCH expression over search_bigrams for the words of exactly two characters (every row
   * holding them is among its hits), or undefined when the query has none.
   */
  pairs?: string;
}

export function queryWords(words: string[]): QueryWords {
  const short = words.filter((w) => !isLong(w));
  const params: Record<string, string> = {};
  short.forEach((w, i) => (params[`s${i}`] = `%${likeEscape(w)}%`));
  const like = (column: string, i: number) => `${column} LIKE @s${i} ESCAPE '\\'`;
  return {
    phrases: words.filter(isLong).map(ftsPhrase),
    anywhere: short.map((_, i) => `(${like('title', i)} OR ${like('body', i)})`),
    params,
    pairs: short.some((w) => [...w].length === 2)
      ? short
          .filter((w) => [...w].length === 2)
          .map((w) => `"${pairToken(w)}"`)
          .join(' AND ')
      : undefined,
  };
}
