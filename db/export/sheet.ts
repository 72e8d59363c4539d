import type ExcelJS from 'exceljs';

/** How a ledger column is written: dates become real Excel dates, rates percentages. */
export type ColumnKind = 'text' | 'int' | 'date' | 'percent';

export interface LedgerColumn {
  header: string;
  width: number;
  kind?: ColumnKind;
}

/** A totals cell: a label, a number, a SUM over the column, or a formula given the totals row and data range. */
export type Total =
  | string
  | number
  | { sum: true }
  | { formula: (row: number, first: number, last: number) => string; result: number | string };

export type Cell = string | number | null;

const dateFormats = { day: 'yyyy"年"m"月"d"日"', month: 'yyyy"年"m"月"' };

/** 2026-05-14 (or 1970-05) as a UTC midnight Date, which Excel shows as that calendar day. */
function excelDate(iso: string | null): { value: Date; format: string } | null {
  const m = iso ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso) : null;
  if (!m) return null;
  const value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return { value, format: m[3] ? dateFormats.day : dateFormats.month };
}

/** 2025年11月20日 in a CJK font needs about 16 digit widths; narrower, Excel shows ###. */
const DATE_WIDTH = 16;
/** Points per line of 11 pt text, and a little air above and below. */
const LINE_PT = 15;
const ROW_PAD_PT = 3;

/** A text's width in Excel's column unit (one digit): CJK characters and full-width marks take two. */
const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2000 ? 2 : 1), 0);

/** Lines a wrapped cell takes in a column of `width` digits. */
function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / width)), 0);
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * One ledger sheet: Chinese headers in a frozen, filterable first row, column widths, borders,
 * and an optional bold totals row under the data.
 */
export function addLedgerSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: LedgerColumn[],
  rows: Cell[][],
  totals?: Total[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed as the clerk files it: A4 across, all columns on one page width, the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: '&C&A', oddFooter: '&C第 &P 页，共 &N 页' },
  });
  const widths = columns.map((c) => (c.kind === 'date' ? Math.max(c.width, DATE_WIDTH) : c.width));
  ws.columns = columns.map((c, i) => ({ header: c.header, width: widths[i] }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = Math.max(22, ...columns.map((c, i) => linesIn(c.header, widths[i]) * LINE_PT + ROW_PAD_PT));
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = border;
  });

  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    columns.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      const v = values[i];
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: col.kind !== 'date' };
      if (col.kind === 'date') {
        const d = excelDate(typeof v === 'string' ? v : null);
        if (d) {
          cell.value = d.value;
          cell.numFmt = d.format;
        }
        return;
      }
      if (v === null || v === '') return;
      cell.value = v;
      if (col.kind === 'percent') cell.numFmt = '0.0%';
    });
    // LibreOffice and WPS open a row at one line's height whatever its wrapped text needs: set it.
    const lines = Math.max(
      1,
      ...values.map((v, i) => (typeof v === 'string' && columns[i].kind !== 'date' ? linesIn(v, widths[i]) : 1)),
    );
    if (lines > 1) row.height = lines * LINE_PT + ROW_PAD_PT;
  });

  const first = 2;
  const last = rows.length + 1;
  if (totals) {
    const at = last + 1;
    const row = ws.getRow(at);
    row.font = { bold: true };
    totals.forEach((t, i) => {
      const cell = row.getCell(i + 1);
      cell.border = border;
      if (typeof t === 'string') {
        if (t) cell.value = t;
        return;
      }
      // A count is stored as a number, so Excel sums and sorts it; never as its digits in text.
      if (typeof t === 'number') {
        cell.value = t;
        return;
      }
      const letter = ws.getColumn(i + 1).letter;
      if ('sum' in t) {
        const result = rows.reduce((n, r) => n + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
        cell.value = { formula: `SUM(${letter}${first}:${letter}${Math.max(first, last)})`, result };
      } else {
        cell.value = { formula: t.formula(at, first, last), result: t.result };
      }
      if (columns[i].kind === 'percent') cell.numFmt = '0.0%';
    });
  }
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: columns.length } };
  return ws;
}
