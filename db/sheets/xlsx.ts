import ExcelJS from 'exceljs';
import { ArchiveError } from '../errors';
import type { Grid, RawCell } from './grid';

type Value = ExcelJS.CellValue;

/**
 * A cell's value as the clerk sees it. A formula is never evaluated here: its cached result (what
 * Excel or WPS saved with the file) is taken, and a formula saved without one is refused.
 */
function readValue(v: Value): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null)
      return {
        problem: '是公式，但文件中没有保存计算结果。请在 Excel 或 WPS 中打开并保存一次，或把公式改为数值后再导入',
      };
    return readValue(result as Value);
  }
  if ('error' in v) return { problem: `单元格显示错误值 ${v.error}` };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return typeof v.text === 'string' ? v.text : readValue(v.text as Value);
  return null;
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = { rows: [], lines: [], sheetName: ws.name };
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = readValue(cell.value);
    });
    grid.rows.push(Array.from(cells, (c) => c ?? null));
    grid.lines.push(line);
  });
  return grid;
}

/** Every sheet of the workbook, cell by cell, in the workbook's order. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ArchiveError('INVALID_INPUT', `无法读取“${fileName}”：文件已损坏或不是 Excel（.xlsx）文件，未导入。`);
  }
  return wb.worksheets.map(sheetGrid);
}
