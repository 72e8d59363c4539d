import type { RawCell } from './grid';

/**
 * The header row among the first `within` rows: the one the importer scores highest (e.g. by how
 * many known headers it holds), the first of equals; -1 when no row scores above 0. Titles merged
 * across the columns, blank rows and hint rows above the header are passed over this way.
 */
export function findHeaderRow(rows: RawCell[][], score: (row: RawCell[]) => number, within: number): number {
  let best = -1;
  let bestScore = 0;
  rows.slice(0, within).forEach((row, i) => {
    const s = score(row);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

/** A header as compared with an importer's aliases: spaces, full-width brackets and a trailing * evened out. */
export const normalizeHeader = (h: string) =>
  h
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[*＊]+$/, '');

/** Each header word of an importer (normalised) → the field it fills, from every field's words. */
export function headerWords<F extends string>(aliases: Record<F, string[]>): Map<string, F> {
  return new Map(
    (Object.entries(aliases) as [F, string[]][]).flatMap(([f, names]) =>
      names.map((n) => [normalizeHeader(n), f] as const),
    ),
  );
}

/** What an importer made of a header row. */
export interface HeaderMap<F> {
  /** Column index → field, with the header as the file writes it (for messages). */
  columns: { index: number; field: F; label: string }[];
  /** The headers the importer needs and the row lacks. */
  missing: string[];
  /** Headers naming no field, or a field an earlier column already fills. */
  unknown: string[];
}

type HeaderColumns<F> = Omit<HeaderMap<F>, 'missing'> & { taken: Set<F> };

/** The header row's columns by field: `fieldOf` a normalised header; blank and `ignored` columns are passed over. */
export function headerColumns<F>(
  row: RawCell[],
  fieldOf: (header: string) => F | undefined,
  ignored: string[],
): HeaderColumns<F> {
  const skip = new Set(ignored.map(normalizeHeader));
  const found: HeaderColumns<F> = { columns: [], unknown: [], taken: new Set() };
  row.forEach((cell, index) => {
    const label = typeof cell === 'string' ? cell.trim() : '';
    const key = normalizeHeader(label);
    if (!label || skip.has(key)) return;
    const field = fieldOf(key);
    if (field === undefined) found.unknown.push(label);
    else if (found.taken.has(field)) found.unknown.push(`${label}（与前面的列重复，已忽略）`);
    else {
      found.taken.add(field);
      found.columns.push({ index, field, label });
    }
  });
  return found;
}

/** The fields a row's cells name: how an importer scores a row as its header. */
export const namedFields = <F>(row: RawCell[], words: Map<string, F>): Set<F> =>
  new Set(
    row.flatMap((c) =>
      typeof c === 'string' && words.has(normalizeHeader(c)) ? [words.get(normalizeHeader(c))!] : [],
    ),
  );
