import { ArchiveError } from '../errors';
import { detectDelimiter, parseDelimited } from './delimited';
import type { Grid } from './grid';
import { pickSheet, type SheetLimits } from './limits';
import { decodeText } from './text';
import { readXls } from './xls';
import { readXlsx } from './xlsx';
import { precheckXlsx } from './xlsxPrecheck';

const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
/** The old binary Excel format (an OLE2 compound file). */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** A web page, as some systems' "export to Excel" saves under an .xls name. */
const isHtml = (text: string) => /^\s*<(!doctype\s+html|html|table|\?xml|meta|head|body)\b/i.test(text.slice(0, 512));

/** A file to import, as the grid of cells of the sheet the importer wants (see `pickSheet`). */
export async function readSheetFile(fileName: string, bytes: Uint8Array, limits: SheetLimits): Promise<Grid> {
  return pickSheet(await readSheets(fileName, bytes, limits), limits)!;
}

/**
 * Every sheet of a workbook with the importer's header near its top (a ledger kept a sheet a
 * year), else the first sheet; a text file is one sheet. Read and refused as `readSheetFile`.
 */
export async function readHeadedSheets(fileName: string, bytes: Uint8Array, limits: SheetLimits): Promise<Grid[]> {
  const grids = await readSheets(fileName, bytes, limits);
  const headed = grids.filter((g) => g.rows.slice(0, limits.rowsAbove).some(limits.isHeaderRow));
  return headed.length ? headed : grids.slice(0, 1);
}

async function readSheets(fileName: string, bytes: Uint8Array, limits: SheetLimits): Promise<Grid[]> {
  const grids = await sheetsOf(fileName, bytes, limits);
  if (!grids.length) throw new ArchiveError('INVALID_INPUT', `“${fileName}”中没有工作表，未导入。`);
  return grids;
}

/**
 * A file's sheets as grids of cells. The format is recognised by the file's signature, never by
 * its name: a zip is an .xlsx (read with ExcelJS), an OLE2 file is an .xls (read for values only),
 * anything else is delimited text (comma or tab; UTF-8, UTF-16 or GBK), one sheet. A file named as
 * Excel that is neither is refused, and so is a web page (some systems' "export to Excel") under any name.
 */
async function sheetsOf(fileName: string, bytes: Uint8Array, limits: SheetLimits): Promise<Grid[]> {
  if (bytes.length === 0) throw new ArchiveError('INVALID_INPUT', `“${fileName}”是空文件（0 字节），未导入。`);
  if (bytes.length > limits.maxBytes)
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”超过 ${limits.maxBytes / 1024 / 1024} MB，不像是${limits.what}，未导入。`,
    );
  if (isZip(bytes)) {
    precheckXlsx(bytes, fileName, limits);
    return readXlsx(bytes, fileName);
  }
  if (isOle(bytes)) return readXls(bytes, fileName, limits);
  const text = decodeText(bytes);
  const ext = /\.[^.]+$/.exec(fileName)?.[0] ?? '';
  if (isHtml(text))
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”其实是网页（HTML）文件${ext ? `，只是扩展名为 ${ext}` : ''}，未导入。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
    );
  if (/\.xls[xm]?$/i.test(fileName))
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${fileName}”不是有效的 Excel 文件（可能是改了扩展名的其他文件），未导入。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
    );
  const rows = parseDelimited(text, detectDelimiter(text), limits.maxRows + limits.rowsAbove, () =>
    limits.tooManyRows(),
  );
  return [{ rows, lines: rows.map((_, i) => i + 1) }];
}
