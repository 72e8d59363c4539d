import { MAX_LEDGER_BYTES, MAX_LEDGER_ROWS } from '../../../shared/contract/ledgerImport';
import { ArchiveError } from '../../errors';
import type { SheetLimits } from '../../sheets/limits';
import { isLedgerHeaderRow } from './headers';

/** `rows` when the whole file was counted; a CSV is refused as soon as it passes the limit. */
const tooManyRows = (rows?: number) =>
  new ArchiveError(
    'INVALID_INPUT',
    `文件${rows ? `约有 ${rows} 行，` : ''}超过导入上限 ${MAX_LEDGER_ROWS} 行，不像是活动台账，未导入。请只保留台账所在的工作表后再试。`,
  );

/** Rows a title, a hint and the header may take above the data. */
export const ROWS_ABOVE_DATA = 10;

export const ledgerLimits: SheetLimits = {
  what: '活动台账',
  maxBytes: MAX_LEDGER_BYTES,
  maxRows: MAX_LEDGER_ROWS,
  rowsAbove: ROWS_ABOVE_DATA,
  tooManyRows,
  isHeaderRow: isLedgerHeaderRow,
};

export { tooManyRows };
