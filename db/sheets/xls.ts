import * as XLSX from '@e965/xlsx';
import { ArchiveError } from '../errors';
import type { Grid, RawCell } from './grid';
import type { SheetLimits } from './limits';

/** Day 0 of Excel's date serial numbers (1900 system, past its 1900-02-29 bug) and of the 1904 system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

const notXls = (fileName: string) =>
  new ArchiveError(
    'INVALID_INPUT',
    `“${fileName}”不是完整的 Excel（.xls）文件，可能已损坏或没有下载完整，未导入。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
  );

/** A cell's saved value: formulas are never evaluated (their saved result is all BIFF keeps and all we read). */
function readCell(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? '是' : '否';
    case 'e':
      return { problem: `单元格显示错误值 ${cell.w ?? '#ERROR'}` };
    case 'n': {
      const n = Number(cell.v);
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z))
        return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(n) * DAY_MS);
      return n;
    }
    default:
      return null;
  }
}

function sheetGrid(ws: XLSX.WorkSheet, name: string, date1904: boolean): Grid {
  const grid: Grid = { rows: [], lines: [], sheetName: name };
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  data.forEach((row, r) => {
    if (!row) return;
    const cells = Array.from(row, (c) => readCell(c, date1904));
    if (!cells.some((c) => c !== null && c !== '')) return;
    grid.rows.push(cells);
    grid.lines.push(r + 1);
  });
  return grid;
}

/** Rows the sheet holds, when reading stopped at `sheetRows` (SheetJS keeps the whole range in !fullref). */
function fullRows(ws: XLSX.WorkSheet): number {
  const ref = (ws['!fullref'] ?? ws['!ref']) as string | undefined;
  if (!ref) return 0;
  const range = XLSX.utils.decode_range(ref);
  return range.e.r - range.s.r + 1;
}

/**
 * An old binary Excel workbook (.xls, BIFF8, as WPS and Excel 97–2003 save it), read for its
 * values only: no formulas, styles, HTML or macros. The caller has checked the OLE2 signature,
 * so the reader never guesses another format from the bytes. Every sheet, in the workbook's order.
 */
export function readXls(bytes: Uint8Array, fileName: string, limits: SheetLimits): Grid[] {
  const cap = limits.maxRows + limits.rowsAbove + 1;
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      sheetRows: cap,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellNF: true,
      cellDates: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (e) {
    if (/password|encrypt/i.test(String((e as Error)?.message)))
      throw new ArchiveError(
        'INVALID_INPUT',
        `“${fileName}”设有打开密码，无法读取，未导入。请在 Excel 或 WPS 中去掉密码后另存为 .xlsx 再试。`,
      );
    throw notXls(fileName);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const named = wb.SheetNames.flatMap((name) => (wb.Sheets[name] ? [{ name, ws: wb.Sheets[name] }] : []));
  for (const { ws } of named) {
    const rows = fullRows(ws);
    if (rows > cap - 1) throw limits.tooManyRows(rows - 1);
  }
  return named.map(({ name, ws }) => sheetGrid(ws, name, date1904));
}
