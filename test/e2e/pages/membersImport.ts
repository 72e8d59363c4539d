import { excelImportDialog } from './excelImportDialog';

/** The 导入委员名册 dialog: choosing a roster file, and the preview's row for an Excel row number. */
export const {
  dialog: importDialog,
  chooseFile: chooseRosterFile,
  row: previewRow,
} = excelImportDialog('导入委员名册');
