import { memberFieldCatalogue, memberFieldKeys, type MemberFieldKey } from '../../../shared/memberFields';
import type { RawCell } from '../../sheets/grid';
import { headerColumns, headerWords, namedFields, type HeaderMap } from '../../sheets/headerRow';

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

const byHeader = headerWords(headerAliases);

/** How many member fields a row's cells name, or 0 when none is 姓名: the header row scores highest. */
export function headerScore(row: RawCell[]): number {
  const fields = namedFields(row, byHeader);
  return fields.has('name') ? fields.size : 0;
}

export const isHeaderRow = (row: RawCell[]) => headerScore(row) > 0;

export type MemberHeaderMap = HeaderMap<ImportField>;

export function mapHeaders(row: RawCell[]): MemberHeaderMap {
  const { columns, unknown, taken } = headerColumns(row, (h) => byHeader.get(h), ignoredHeaders);
  return { columns, unknown, missing: requiredHeaders.filter((f) => !taken.has(f)).map((f) => headerAliases[f][0]) };
}
