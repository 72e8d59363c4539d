/** A cell the value of which cannot be used, with the reason in Chinese (e.g. a formula without its result). */
export interface CellProblem {
  problem: string;
}

/** One cell as read from the file: text from CSV; text, numbers and dates from Excel. */
export type RawCell = string | number | Date | null | CellProblem;

export const isProblem = (c: RawCell): c is CellProblem => typeof c === 'object' && c !== null && !(c instanceof Date);

/** The sheet as rows of cells; `lines[i]` is the row number the clerk sees for `rows[i]`. */
export interface Grid {
  rows: RawCell[][];
  lines: number[];
  /** The worksheet's name in a workbook (a ledger kept a sheet a year names it 2019年); none for text files. */
  sheetName?: string;
}
