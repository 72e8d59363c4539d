import type { SearchKind } from '../../shared/contract/search';

/**
 * search_index keeps every kind in one FTS5 table: rowid = kind code × 10^10 + the row's id, as
 * the triggers of migration 1 write it. These codes are frozen with that migration.
 */
export const ROWID_FACTOR = 10_000_000_000;

export const searchKindCodes: Record<SearchKind, number> = {
  member: 1,
  activity: 2,
  proposal: 3,
  opinion_report: 4,
  deed: 5,
  document: 6,
};

const kindsByCode = new Map(Object.entries(searchKindCodes).map(([kind, code]) => [code, kind as SearchKind]));

/** The kind and id of an index row; undefined for a code no kind owns. */
export function fromRowid(rowid: number): { kind: SearchKind; id: number } | undefined {
  const code = Math.floor(rowid / ROWID_FACTOR);
  const kind = kindsByCode.get(code);
  return kind ? { kind, id: rowid - code * ROWID_FACTOR } : undefined;
}
