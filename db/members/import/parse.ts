import type { ImportRow } from '../../../shared/contract/memberImport';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/contract/memberImport';
import { ArchiveError } from '../../errors';
import { parseCsv } from './csv';
import { decodeCsvText } from './decode';
import type { Grid } from './grid';
import { isHeaderRow, mapHeaders } from './headers';
import { tooManyRows } from './limits';
import { gridRows } from './rows';
import { readXlsx } from './xlsx';
import { precheckXlsx } from './xlsxPrecheck';

export interface ParsedRoster {
  rows: ImportRow[];
  headersMissing: string[];
  headersUnknown: string[];
}

/** Rows a title, a hint and the header may take above the data. */
const ROWS_ABOVE_DATA = 10;

const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
/** The old binary Excel format (and other OLE compound files). */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The file's cells: an .xlsx is recognised by its content (a zip), not by its name; anything else is read as CSV. */
async function readGrid(fileName: string, bytes: Uint8Array): Promise<Grid> {
  if (bytes.length === 0) throw new ArchiveError('INVALID_INPUT', `“${fileName}”是空文件（0 字节），未导入。`);
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不像是委员名册，未导入。`,
    );
  if (isZip(bytes)) {
    precheckXlsx(bytes, fileName);
    return readXlsx(bytes, fileName);
  }
  if (isOle(bytes))
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”是旧版 Excel（.xls）文件，无法直接导入。请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入。`,
    );
  if (/\.xls[xm]?$/i.test(fileName))
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”不是有效的 Excel 文件（可能是改了扩展名的其他文件），未导入。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
    );
  const rows = parseCsv(decodeCsvText(bytes), MAX_IMPORT_ROWS + ROWS_ABOVE_DATA, () => tooManyRows());
  return { rows, lines: rows.map((_, i) => i + 1) };
}

/**
 * Reads a roster file (.xlsx, or CSV in UTF-8 or GBK) into candidate members, each checked with the
 * contract's own schema. Nothing here writes; the caller decides what to do with bad rows.
 */
export async function parseRoster(fileName: string, bytes: Uint8Array): Promise<ParsedRoster> {
  const grid = await readGrid(fileName, bytes);
  const found = grid.rows.slice(0, ROWS_ABOVE_DATA).findIndex(isHeaderRow);
  const headerAt = found >= 0 ? found : grid.rows.findIndex((r) => r.some((c) => c !== null && c !== ''));
  if (headerAt < 0) throw new ArchiveError('INVALID_INPUT', `“${fileName}”中没有任何内容，未导入。`);
  const map = mapHeaders(grid.rows[headerAt]);
  if (map.missing.length) return { rows: [], headersMissing: map.missing, headersUnknown: map.unknown };
  const dataRows = grid.rows.length - headerAt - 1;
  if (dataRows > MAX_IMPORT_ROWS) throw tooManyRows(dataRows);
  return { rows: gridRows(grid, headerAt, map), headersMissing: [], headersUnknown: map.unknown };
}
