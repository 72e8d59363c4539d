import { excelImportDialog } from './excelImportDialog';

/** The 导入往年活动台账 dialog: choosing a ledger file, and the preview's row for an Excel row number. */
export const {
  dialog: ledgerDialog,
  chooseFile: chooseLedgerFile,
  row: ledgerRow,
} = excelImportDialog('导入往年活动台账');
