import type { Grid, RawCell } from '../../sheets/grid';
import { MAX_LEDGER_ROWS } from '../../../shared/contract/ledgerImport';
import { ArchiveError } from '../../errors';
import { findHeaderRow } from '../../sheets/headerRow';
import { readHeadedSheets } from '../../sheets/read';
import { yearIn } from './dates';
import { isLedgerHeaderRow, ledgerHeaderScore, mapLedgerHeaders } from './headers';
import { ledgerLimits, ROWS_ABOVE_DATA, tooManyRows } from './limits';
import { blank, readRow, text, totalsRow, type ParsedLedgerRow, type YearContext } from './row';

export type { ParsedLedgerRow } from './row';

export interface ParsedLedger {
  rows: ParsedLedgerRow[];
  headersMissing: string[];
  headersUnknown: string[];
  yearSources: string[];
}

/** A row whose only filled cell names a year (“2020年”, “2020年活动台账”): the years' sections of one sheet. */
function sectionYear(cells: RawCell[]): number | null {
  const filled = cells.filter((c) => !blank(c));
  if (filled.length !== 1 || typeof filled[0] !== 'string') return null;
  const s = filled[0].trim();
  return /年/.test(s) && !/月/.test(s) ? yearIn(s) : null;
}

/** The year a date without one takes before any section title: the title rows above the header, the sheet's, the file's name. */
function outerYear(grid: Grid, headerAt: number, fileName: string): YearContext | null {
  const title = grid.rows
    .slice(0, headerAt)
    .map((r) => r.filter((c) => typeof c === 'string').join(' '))
    .find((s) => yearIn(s));
  if (title) return { year: yearIn(title)!, from: '标题行' };
  const sheet = yearIn(grid.sheetName);
  if (sheet) return { year: sheet, from: `工作表名“${grid.sheetName}”` };
  const file = yearIn(fileName);
  if (file) return { year: file, from: '文件名' };
  return null;
}

/** One sheet's rows; `sheet` names it on every row when the workbook holds a ledger on several sheets. */
function parseSheet(grid: Grid, fileName: string, sheet: string | undefined): ParsedLedger {
  const found = findHeaderRow(grid.rows, ledgerHeaderScore, ROWS_ABOVE_DATA);
  const headerAt = found >= 0 ? found : grid.rows.findIndex((r) => r.some((c) => !blank(c)));
  if (headerAt < 0) throw new ArchiveError('INVALID_INPUT', `“${fileName}”中没有任何内容，未导入。`);
  const map = mapLedgerHeaders(grid.rows[headerAt]);
  const empty = { rows: [], headersUnknown: map.unknown, yearSources: [] };
  if (map.missing.length) return { ...empty, headersMissing: map.missing };

  const outer = outerYear(grid, headerAt, fileName);
  let context = outer;
  const rows: ParsedLedgerRow[] = [];
  const yearSources = new Set<string>();
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    const section = sectionYear(cells);
    if (section) {
      context = { year: section, from: `第 ${grid.lines[i]} 行的年份标题` };
      continue;
    }
    if (!map.columns.some((c) => !blank(cells[c.index] ?? null)) || isLedgerHeaderRow(cells)) continue;
    if (totalsRow.test(text(cells.find((c) => !blank(c)) ?? null))) continue;
    const row = readRow(cells, grid.lines[i], map, context);
    if (sheet) row.sheet = sheet;
    const ownYear = !row.readNotes.some((n) => n.startsWith('年份取自'));
    // A sheet or a title naming one year: a date of another year there may be misfiled.
    if (row.startsOn && outer && context === outer && ownYear && Number(row.startsOn.slice(0, 4)) !== outer.year)
      row.readNotes.push(`日期的年份与${outer.from}（${outer.year}年）不同，请核对`);
    for (const n of row.readNotes) {
      const source = /^年份取自(.+?（\d+年）)/.exec(n)?.[1];
      if (source) yearSources.add(sheet ? `工作表“${sheet}”的${source}` : source);
    }
    rows.push(row);
  }
  return { rows, headersMissing: [], headersUnknown: map.unknown, yearSources: [...yearSources] };
}

/**
 * Reads an activity ledger (.xlsx, .xls, or text in UTF-8, UTF-16 or GBK, comma- or tab-separated)
 * into rows: every sheet with a ledger's header near its top (a sheet a year), the header found
 * under a title row; repeated headers, totals and the rows naming a year's section are passed
 * over. Nothing here asks the archive.
 */
export async function parseLedger(fileName: string, bytes: Uint8Array): Promise<ParsedLedger> {
  const grids = await readHeadedSheets(fileName, bytes, ledgerLimits);
  const dataRows = grids.reduce((n, g) => n + g.rows.length, 0);
  if (dataRows > MAX_LEDGER_ROWS + grids.length * ROWS_ABOVE_DATA) throw tooManyRows(dataRows);
  const sheets = grids.map((g) => parseSheet(g, fileName, grids.length > 1 ? g.sheetName : undefined));
  const union = (pick: (p: ParsedLedger) => string[]) => [...new Set(sheets.flatMap(pick))];
  return {
    rows: sheets.flatMap((p) => p.rows),
    headersMissing: union((p) => p.headersMissing),
    headersUnknown: union((p) => p.headersUnknown),
    yearSources: union((p) => p.yearSources),
  };
}
