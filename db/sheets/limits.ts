import type { ArchiveError } from '../errors';
import type { Grid, RawCell } from './grid';

/** What an importer allows and how it names itself in refusals; each importer passes its own. */
export interface SheetLimits {
  /** What the file should be, for refusals: 委员名册, 活动台账. */
  what: string;
  maxBytes: number;
  /** Data rows allowed. */
  maxRows: number;
  /** Rows a title, a hint and the header may take above the data (not counted in `maxRows`). */
  rowsAbove: number;
  /** The refusal for too many rows; `rows` when the whole sheet was counted. */
  tooManyRows(rows?: number): ArchiveError;
  /** Whether a row is the importer's header row; picks the sheet of a workbook with several. */
  isHeaderRow(row: RawCell[]): boolean;
}

/** The sheet of a workbook the importer wants: the first with its header near the top, else the first. */
export const pickSheet = (grids: Grid[], limits: SheetLimits): Grid | undefined =>
  grids.find((g) => g.rows.slice(0, limits.rowsAbove).some(limits.isHeaderRow)) ?? grids[0];
