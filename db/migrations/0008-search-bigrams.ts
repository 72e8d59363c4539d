/**
 * Version 8: an index of every two-character piece of the searched text, beside the trigram index
 * (search_index), so words of two characters are found without reading every row.
 *
 * search_bigrams is a contentless FTS5 table with the same rowids as search_index. Each row holds
 * the overlapping pairs of characters of the title and of the text (not across them), ASCII letters
 * folded to lower case as LIKE folds them, each pair written as the hex of its UTF-8 bytes so the
 * `ascii` tokenizer keeps it whole, whatever it holds: punctuation, digits, Latin, any script.
 * Pairs with a space are left out (a query's words never hold one). It answers "which rows may hold
 * this pair"; the search still checks each candidate with LIKE (db/search/shortWordHits.ts).
 *
 * The pairs are cut in SQL (a trigger cannot hold a WITH clause, so json_each over a made-up array
 * of the text's length counts the positions), so any program writing the file keeps the index.
 */

/** The pairs of one text expression as hex tokens separated by spaces, or NULL for none. */
export const pairsOf = (text: string) =>
  `(SELECT group_concat(hex(lower(substr(t, j.key + 1, 2))), ' ')
    FROM (SELECT ${text} AS t) JOIN json_each('[' || replace(hex(zeroblob(length(t) - 2)), '00', '0,') || '0]') j
    WHERE length(t) >= 2 AND instr(substr(t, j.key + 1, 2), ' ') = 0)`;

type Pairs = (text: string) => string;

const grams = (title: string, body: string, pairs: Pairs = pairsOf) =>
  `coalesce(${pairs(title)}, '') || ' ' || coalesce(${pairs(body)}, '')`;

/** The same rows, kinds and text as migration 1's search triggers. */
function indexed(table: string, kind: number, title: string, body: string, pairs: Pairs): string {
  const row = (r: 'new' | 'old') => `${kind} * 10000000000 + ${r}.id`;
  const put = `INSERT INTO search_bigrams (rowid, grams) SELECT ${row('new')}, ${grams(
    title.replaceAll('$', 'new'),
    body.replaceAll('$', 'new'),
    pairs,
  )} WHERE new.deleted_at IS NULL;`;
  return `
CREATE TRIGGER ${table}_bigrams_insert AFTER INSERT ON ${table} BEGIN ${put} END;
CREATE TRIGGER ${table}_bigrams_update AFTER UPDATE ON ${table} BEGIN
  DELETE FROM search_bigrams WHERE rowid = ${row('old')}; ${put} END;
CREATE TRIGGER ${table}_bigrams_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM search_bigrams WHERE rowid = ${row('old')}; END;`;
}
const cat = (...cols: string[]) => cols.map((c) => `coalesce($.${c}, '')`).join(` || ' ' || `);

/** The triggers that keep search_bigrams for every searched table, cutting pairs with `pairs`. */
export const bigramTriggers = (pairs: Pairs) =>
  `${indexed('members', 1, '$.name', cat('sector', 'party', 'work_unit', 'linked_community', 'phone', 'notes'), pairs)}
${indexed('activities', 2, '$.title', cat('place', 'content', 'responsible', 'organiser', 'suggestions_text', 'report_title'), pairs)}
${indexed('proposals', 3, '$.title', cat('session', 'number', 'category', 'content', 'main_unit', 'assist_units'), pairs)}
${indexed('opinion_reports', 4, '$.title', cat('content', 'endorsement', 'endorsed_by'), pairs)}
${indexed('deeds', 5, '$.title', cat('content', 'source'), pairs)}
${indexed('documents', 6, '$.title', cat('body'), pairs)}`;

/** The searched tables whose bigram triggers bigramTriggers writes. */
export const bigramTables = ['members', 'activities', 'proposals', 'opinion_reports', 'deeds', 'documents'] as const;

export const sql = `
CREATE VIRTUAL TABLE search_bigrams USING fts5 (grams, content = '', contentless_delete = 1, detail = 'none', tokenize = 'ascii');
${bigramTriggers(pairsOf)}
INSERT INTO search_bigrams (rowid, grams) SELECT id, ${grams('c0', 'c1')} FROM search_index_content;
`;
