import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../db/errors';
import type { RawCell } from '../../db/sheets/grid';
import { findHeaderRow } from '../../db/sheets/headerRow';
import type { SheetLimits } from '../../db/sheets/limits';
import { readSheetFile } from '../../db/sheets/read';
import { csvOf, gbk, tsvOf, utf16le, xlsOf, xlsxOf } from '../fixtures/imports/rosterFiles';

/** The file-to-grid layer with another importer's limits and header: a ledger of past activities. */
const ledgerHeaders = ['时间', '地点', '活动内容'];
const score = (row: RawCell[]) => row.filter((c) => typeof c === 'string' && ledgerHeaders.includes(c)).length;
const ledger: SheetLimits = {
  what: '活动台账',
  maxBytes: 1024 * 1024,
  maxRows: 100,
  rowsAbove: 10,
  tooManyRows: (rows) => new ArchiveError('INVALID_INPUT', `台账${rows ? `约有 ${rows} 行，` : ''}太长`),
  isHeaderRow: (row) => score(row) >= 2,
};

const rows = [['2019年活动台账'], [], ledgerHeaders, ['2019年5月14日', '华屏苑', '视察']];

describe('sheets: any importer’s file read into a grid', () => {
  const files: [string, () => Promise<Buffer> | Buffer][] = [
    ['台账.xlsx', () => xlsxOf(rows)],
    ['台账.xls', () => xlsOf(rows)],
    ['台账.csv', () => gbk(csvOf(rows.map((r) => r.map(String))))],
    ['台账.txt', () => utf16le(tsvOf(rows.map((r) => r.map(String))))],
  ];
  for (const [file, make] of files)
    it(`reads ${file} and finds the ledger’s own header row under its title`, async () => {
      const grid = await readSheetFile(file, await make(), ledger);
      const header = findHeaderRow(grid.rows, score, ledger.rowsAbove);
      // Excel grids leave blank rows out and text grids keep them: the line is what the clerk sees either way.
      expect(grid.lines[header]).toBe(3);
      expect(grid.rows[header + 1].slice(0, 3)).toEqual(['2019年5月14日', '华屏苑', '视察']);
    });

  it('refuses with the importer’s own words and limits', async () => {
    await expect(readSheetFile('台账.csv', Buffer.alloc(2 * 1024 * 1024, 0x41), ledger)).rejects.toThrow(
      '不像是活动台账',
    );
    const long = [ledgerHeaders, ...Array.from({ length: 200 }, (_, i) => [`2019-01-${i}`, 'x', 'y'])];
    await expect(readSheetFile('台账.xls', xlsOf(long), ledger)).rejects.toThrow('台账约有 200 行，太长');
    await expect(readSheetFile('台账.csv', Buffer.from(csvOf(long)), ledger)).rejects.toThrow('台账太长');
  });
});
