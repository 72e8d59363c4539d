import type { ImportRow } from '../../../shared/contract/memberImport';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/contract/memberImport';
import { ArchiveError } from '../../errors';
import { findHeaderRow } from '../../sheets/headerRow';
import type { SheetLimits } from '../../sheets/limits';
import { readSheetFile } from '../../sheets/read';
import { headerScore, isHeaderRow, mapHeaders } from './headers';
import { tooManyRows } from './limits';
import { gridRows } from './rows';

export interface ParsedRoster {
  rows: ImportRow[];
  headersMissing: string[];
  headersUnknown: string[];
}

/** Rows a title, a hint and the header may take above the data. */
const ROWS_ABOVE_DATA = 10;

export const rosterLimits: SheetLimits = {
  what: '委员名册',
  maxBytes: MAX_IMPORT_BYTES,
  maxRows: MAX_IMPORT_ROWS,
  rowsAbove: ROWS_ABOVE_DATA,
  tooManyRows,
  isHeaderRow,
};

/**
 * Reads a roster file (.xlsx, .xls, or text in UTF-8, UTF-16 or GBK, comma- or tab-separated) into
 * candidate members, each checked with the contract's own schema. Nothing here writes; the caller
 * decides what to do with bad rows.
 */
export async function parseRoster(fileName: string, bytes: Uint8Array): Promise<ParsedRoster> {
  const grid = await readSheetFile(fileName, bytes, rosterLimits);
  const found = findHeaderRow(grid.rows, headerScore, ROWS_ABOVE_DATA);
  const headerAt = found >= 0 ? found : grid.rows.findIndex((r) => r.some((c) => c !== null && c !== ''));
  if (headerAt < 0) throw new ArchiveError('INVALID_INPUT', `“${fileName}”中没有任何内容，未导入。`);
  const map = mapHeaders(grid.rows[headerAt]);
  if (map.missing.length) return { rows: [], headersMissing: map.missing, headersUnknown: map.unknown };
  const dataRows = grid.rows.length - headerAt - 1;
  if (dataRows > MAX_IMPORT_ROWS) throw tooManyRows(dataRows);
  return { rows: gridRows(grid, headerAt, map), headersMissing: [], headersUnknown: map.unknown };
}
