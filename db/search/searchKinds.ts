import { recordKinds, searchableKinds, type SearchableKind } from '../../shared/recordKinds';

/**
 * search_index keeps every kind in one FTS5 table: rowid = kind code × 10^10 + the row's id, as
 * the triggers of migration 1 write it. The codes (shared/recordKinds.ts) are frozen with that migration.
 */
export const ROWID_FACTOR = 10_000_000_000;

export const searchKindCodes = Object.fromEntries(searchableKinds.map((k) => [k, recordKinds[k].searchCode])) as Record<
  SearchableKind,
  number
>;

const kindsByCode = new Map(Object.entries(searchKindCodes).map(([kind, code]) => [code, kind as SearchableKind]));

/** The kind and id of an index row; undefined for a code no kind owns. */
export function fromRowid(rowid: number): { kind: SearchableKind; id: number } | undefined {
  const code = Math.floor(rowid / ROWID_FACTOR);
  const kind = kindsByCode.get(code);
  return kind ? { kind, id: rowid - code * ROWID_FACTOR } : undefined;
}

/**
 * An SQL condition keeping search_index rows of `kinds`, or '' for every kind. It is written as a
 * rowid range, which FTS5 uses to start and stop its scan, plus the exact codes when the kinds
 * asked for are not adjacent.
 */
export function kindCondition(kinds: readonly SearchableKind[]): string {
  const codes = [...new Set(kinds.map((k) => searchKindCodes[k]))].sort((a, b) => a - b);
  if (codes.length === kindsByCode.size) return '';
  const first = codes[0];
  const last = codes[codes.length - 1];
  const range = `rowid >= ${first * ROWID_FACTOR} AND rowid < ${(last + 1) * ROWID_FACTOR}`;
  return last - first + 1 === codes.length ? range : `${range} AND rowid / ${ROWID_FACTOR} IN (${codes.join(', ')})`;
}
