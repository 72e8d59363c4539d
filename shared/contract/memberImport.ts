import { z } from 'zod';
import type { memberCreate } from './members';
import { method, query } from './define';
import { onlyGood, spreadsheetUpload } from './upload';

/** A roster file larger than this is not a roster (a group has 15–60 members). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Data rows a roster file may hold; more is refused before any row is checked. */
export const MAX_IMPORT_ROWS = 5000;

/** A member as read from one row of the file, in the archive's codes (gender `male`, not 男). */
export type ImportCandidate = Partial<z.input<typeof memberCreate>>;

export interface ImportRowError {
  /** The member field the message is about, e.g. `phone`; `row` for the row as a whole. */
  field: string;
  /** The column's header as the file writes it, e.g. 手机号. */
  label: string;
  message: string;
}

/** How the import tidied a value, e.g. 手机号已整理：138 0013 8000 → 13800138000 (shown on the row). */
export interface ImportRowNote {
  field: string;
  /** The column's header as the file writes it. */
  label: string;
  message: string;
}

/** A row that repeats an earlier row of the file or a member already in the archive. */
export type ImportDuplicate =
  { source: 'file'; line: number; message: string } | { source: 'archive'; memberId: number; message: string };

export interface ImportRow {
  /** The row's number as Excel or WPS shows it (header and hint rows counted). */
  line: number;
  input: ImportCandidate;
  errors: ImportRowError[];
  /** Values the import cleaned (full-width digits, separators, Excel date serials); absent when none was. */
  cleaned?: ImportRowNote[];
  duplicateOf?: ImportDuplicate;
}

export interface ImportPreview {
  rows: ImportRow[];
  /** Rows without errors (duplicates included). */
  good: number;
  /** Rows with at least one error. */
  bad: number;
  /** Good rows marked as duplicates. */
  duplicates: number;
  /** Required headers the file lacks (姓名); nothing can be imported while any is missing. */
  headersMissing: string[];
  /** Headers no member field answers to; their columns are ignored. */
  headersUnknown: string[];
}

export interface ImportOutcome {
  imported: number;
  skippedBad: number;
  skippedDuplicates: number;
  /** The pre-import backup's file name, to restore from if the import was a mistake. */
  backup: string;
}

const rosterFile = spreadsheetUpload(MAX_IMPORT_BYTES, '委员名册', '名册');

export const importPreviewInput = z.object(rosterFile).strict();
export const importCommitInput = z
  .object({
    ...rosterFile,
    /** Leave out rows marked as duplicates (the default: importing the same file twice adds nobody twice). */
    skipDuplicates: z.boolean({ error: '是否跳过重复的委员必须是 是 或 否' }).default(true),
    onlyGood,
  })
  .strict();

export const templateInput = z
  .object({ format: z.enum(['xlsx', 'csv'], { error: '模板格式只能是 xlsx 或 csv' }) })
  .strict();

export const rosterKinds = { addressBook: '委员通讯录', birthdays: '委员生日名册' } as const;
export const exportRosterInput = z
  .object({ kind: z.enum(['addressBook', 'birthdays'], { error: '只能导出通讯录或生日名册' }) })
  .strict();

/** A file handed to the renderer to save with the browser's download (works in Electron too). */
export interface DownloadFile {
  name: string;
  mime: string;
  dataBase64: string;
}

export const memberImportContract = {
  'members.importPreview': query<ImportPreview>()('导入委员名册：预览（逐行检查，不写入）', importPreviewInput),
  'members.importCommit': method<ImportOutcome>()(
    '导入委员名册：写入（重新检查，先备份，全部在一个事务中写入）',
    importCommitInput,
  ),
  'members.template': query<DownloadFile>()('下载委员名册导入模板（Excel 或 CSV）', templateInput),
  'members.exportRoster': method<DownloadFile>()('导出委员通讯录或生日名册（Excel）', exportRosterInput),
};
