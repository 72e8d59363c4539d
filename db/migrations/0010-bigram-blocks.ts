import { bigramTables, bigramTriggers } from './0008-search-bigrams';

/**
 * Version 10: the bigram triggers cut a long text's pairs in linear time. Migration 8 took each
 * pair with substr(t, i, 2), and SQLite finds a text's i-th character by walking from its start,
 * so a text of n characters cost ~n²/2 steps: a 200,000-character 正文 took minutes to save.
 *
 * Now the text is read in blocks of BLOCK characters (each block one substr from the text, plus
 * the next block's first character so the pair across the seam is kept) and the pairs are cut
 * inside the block: ~n²/(2·BLOCK) + n·BLOCK/2 steps, a fraction of a second for 200,000. The
 * tokens are the same as migration 8's (test/db/searchBigrams.test.ts compares them), so the
 * index built so far stays as it is. CROSS JOIN keeps the loops in this order: block, then pair.
 */
const BLOCK = 256;

/** Every position 0 … BLOCK-1 of a block, as json_each rows. */
const positions = `'[${Array.from({ length: BLOCK }, (_, i) => i).join(',')}]'`;

/** The pairs of one text expression as hex tokens separated by spaces, or NULL for none. */
export const blockPairsOf = (text: string) =>
  `(SELECT group_concat(hex(lower(substr(b.value, p.value + 1, 2))), ' ')
    FROM (SELECT ${text} AS t) s
    CROSS JOIN json_each('[' || replace(hex(zeroblob((length(s.t) - 2) / ${BLOCK})), '00', '0,') || '0]') k
    CROSS JOIN json_each(json_array(substr(s.t, k.key * ${BLOCK} + 1, ${BLOCK + 1}))) b
    CROSS JOIN json_each(${positions}) p
    WHERE length(s.t) >= 2 AND length(substr(b.value, p.value + 1, 2)) = 2
      AND instr(substr(b.value, p.value + 1, 2), ' ') = 0)`;

export const sql = `
${bigramTables.map((t) => ['insert', 'update', 'delete'].map((e) => `DROP TRIGGER ${t}_bigrams_${e};`).join('\n')).join('\n')}
${bigramTriggers(blockPairsOf)}
`;
