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
