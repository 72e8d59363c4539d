import type { RawCell } from './grid';
import { normalizeHeader } from './headerRow';

/** One column of an import's header row: the field it fills and its header as the file writes it. */
export interface HeaderColumn<F extends string> {
  index: number;
  field: F;
  label: string;
}

/** An import's header row as read: its columns, the required headers it lacks, the headers no field answers to. */
export interface HeaderMap<F extends string> {
  /** Column index → field, with the header as the file writes it (for messages). */
  columns: HeaderColumn<F>[];
  missing: string[];
  unknown: string[];
}

/**
 * An importer's header words: each field's aliases, and the headers it recognises and ignores.
 * Headers are compared after normalising (spaces, full-width brackets and a trailing * evened out).
 */
export function headerWords<F extends string>(aliases: Record<F, readonly string[]>, ignored: readonly string[]) {
  const byHeader = new Map<string, F>(
    (Object.entries(aliases) as [F, string[]][]).flatMap(([f, names]) =>
      names.map((n) => [normalizeHeader(n), f] as const),
    ),
  );
  const ignoredKeys = ignored.map(normalizeHeader);
  const fieldOf = (header: string) => byHeader.get(normalizeHeader(header));
  return {
    fieldOf,
    /** The fields a row's cells name. */
    fieldsIn: (row: RawCell[]) =>
      new Set(row.map((c) => (typeof c === 'string' ? fieldOf(c) : undefined)).filter((f) => f !== undefined)),
    /**
     * The header row's columns, left to right: a header no field answers to, or naming a field an
     * earlier column took, is listed as unknown. `choose` may read a header otherwise (by its key).
     */
    columns(row: RawCell[], choose: (key: string, field: F | undefined) => F | undefined = (_k, f) => f) {
      const columns: HeaderColumn<F>[] = [];
      const unknown: string[] = [];
      const taken = new Set<F>();
      row.forEach((cell, index) => {
        const label = typeof cell === 'string' ? cell.trim() : '';
        const key = normalizeHeader(label);
        if (!label || ignoredKeys.includes(key)) return;
        const field = choose(key, byHeader.get(key));
        if (!field) unknown.push(label);
        else if (taken.has(field)) unknown.push(`${label}（与前面的列重复，已忽略）`);
        else {
          taken.add(field);
          columns.push({ index, field, label });
        }
      });
      return { columns, unknown, taken };
    },
  };
}
