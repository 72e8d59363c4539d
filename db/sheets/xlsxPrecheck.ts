import { unzipSync } from 'fflate';
import { ArchiveError } from '../errors';
import type { SheetLimits } from './limits';

/** Unpacked, a sheet to import is a few MB at most; more is a damaged file or a zip bomb. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const notXlsx = (fileName: string) =>
  new ArchiveError(
    'INVALID_INPUT',
    `“${fileName}”不是完整的 Excel（.xlsx）文件，可能已损坏或没有下载完整，未导入。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`,
  );

/** Rows of a worksheet's XML that hold at least one value (formatted empty rows do not count). */
function rowsWithValues(xml: string): number {
  let n = 0;
  for (const part of xml.split('<row').slice(1))
    if (part.includes('<v>') || part.includes('<v ') || part.includes('<is>')) n++;
  return n;
}

/**
 * Looks inside the package before Excel parsing starts: a damaged zip, a zip bomb or a sheet with
 * far too many rows is refused at once, without spending seconds building a workbook from it.
 */
export function precheckXlsx(bytes: Uint8Array, fileName: string, limits: SheetLimits): void {
  let unpacked = 0;
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new ArchiveError('INVALID_INPUT', `“${fileName}”解压后过大，不像是${limits.what}，未导入。`);
        return /^xl\/worksheets\/[^/]+\.xml$/.test(f.name);
      },
    });
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw notXlsx(fileName);
  }
  if (!Object.keys(sheets).length) throw notXlsx(fileName);
  const decoder = new TextDecoder();
  for (const data of Object.values(sheets)) {
    const rows = rowsWithValues(decoder.decode(data));
    if (rows - limits.rowsAbove > limits.maxRows) throw limits.tooManyRows(rows - 1);
  }
}
