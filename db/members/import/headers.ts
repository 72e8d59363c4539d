import { memberFieldCatalogue, memberFieldKeys, type MemberFieldKey } from '../../../shared/memberFields';
import type { RawCell } from '../../sheets/grid';
import { normalizeHeader } from '../../sheets/headerRow';

/** The member fields a roster column can fill: every field of the catalogue. */
export type ImportField = MemberFieldKey;

/**
 * The header words clerks' rosters use for each field: its label, then the catalogue's aliases.
 * Headers are compared after normalising (spaces, full-width brackets and a trailing * removed).
 */
export const headerAliases = Object.fromEntries(
  memberFieldKeys.map((k) => [k, [memberFieldCatalogue[k].label, ...memberFieldCatalogue[k].aliases]]),
) as Record<ImportField, string[]>;

/** Columns a roster often has that the archive does not keep per member; recognised, then ignored. */
const ignoredHeaders = ['序号', '编号', '年龄'];

export const requiredHeaders: ImportField[] = ['name'];


const byHeader = new Map<string, ImportField>(
  (Object.entries(headerAliases) as [ImportField, string[]][]).flatMap(([f, names]) =>
    names.map((n) => [normalizeHeader(n), f] as const),
  ),
);

const cellText = (c: RawCell) => (typeof c === 'string' ? normalizeHeader(c) : '');

/** How many member fields a row's cells name, or 0 when none is 姓名: the header row scores highest. */
export function headerScore(row: RawCell[]): number {
  const fields = new Set(row.map((c) => byHeader.get(cellText(c))).filter(Boolean));
  return fields.has('name') ? fields.size : 0;
}

export const isHeaderRow = (row: RawCell[]) => headerScore(row) > 0;

export interface HeaderMap {
  /** Column index → field, with the header as the file writes it (for messages). */
  columns: { index: number; field: ImportField; label: string }[];
  missing: string[];
  unknown: string[];
}

export function mapHeaders(row: RawCell[]): HeaderMap {
  const map: HeaderMap = { columns: [], missing: [], unknown: [] };
  const taken = new Set<ImportField>();
  row.forEach((cell, index) => {
    const label = typeof cell === 'string' ? cell.trim() : '';
    if (!label || ignoredHeaders.includes(normalizeHeader(label))) return;
    const field = byHeader.get(normalizeHeader(label));
    if (!field) map.unknown.push(label);
    else if (taken.has(field)) map.unknown.push(`${label}（与前面的列重复，已忽略）`);
    else {
      taken.add(field);
      map.columns.push({ index, field, label });
    }
  });
  map.missing = requiredHeaders.filter((f) => !taken.has(f)).map((f) => headerAliases[f][0]);
  return map;
}
