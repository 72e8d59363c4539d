import { z } from 'zod';
import type { ActivityStatus, ActivityType, Attendance } from '../enums';
import { id, requiredText } from './fields';
import type { JielongCandidate } from './jielong';
import { method, query } from './define';
import { onlyGood, spreadsheetUpload } from './upload';

/** A ledger file larger than this is not an activity ledger (a group holds 10–40 activities a year). */
export const MAX_LEDGER_BYTES = 10 * 1024 * 1024;
/** Data rows a ledger file may hold; more is refused before any row is checked. */
export const MAX_LEDGER_ROWS = 5000;

/** One name on a row's attendance, as the file writes it, with what the roster says of it. */
export interface LedgerAttendee {
  name: string;
  attendance: Attendance;
  /** The reason in brackets after a name on leave: 李四（出差）. */
  reason: string | null;
  /** The member, when the name is exactly one member's; otherwise the name is in `unknownNames`. */
  memberId?: number;
}

/** An activity as read from one row of the ledger, in the archive's codes. */
export interface LedgerImportRow {
  /** The row's number as Excel or WPS shows it. */
  line: number;
  /** The worksheet, when the workbook keeps its ledger on several (a sheet a year). */
  sheet?: string;
  /** The date as the file writes it. */
  dateWritten: string;
  startsOn: string | null;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  type: ActivityType;
  /** The type as the file writes it (null when the column is blank or missing). */
  typeWritten: string | null;
  status: ActivityStatus;
  /** 集体活动 是/否, as the project's own ledger writes it; null when the file does not say. */
  collective: boolean | null;
  title: string;
  place: string | null;
  content: string | null;
  responsible: string | null;
  organiser: string | null;
  notes: string | null;
  suggestionsCount: number | null;
  reportTitle: string | null;
  attendees: LedgerAttendee[];
  /** Why the row cannot be imported (no date, no title, an unreadable date …); empty when it can. */
  errors: string[];
  /** How a value was read: 5月中旬 按 15 日记, the year taken from the title row, a type word mapped … */
  readNotes: string[];
  /** The activity is already in the archive (same date and title) or earlier in the file: skipped. */
  duplicateOf?:
    { source: 'archive'; activityId: number; message: string } | { source: 'file'; line: number; message: string };
}

/** A name of the ledger that is not exactly one member of the roster. */
export interface LedgerUnknownName {
  name: string;
  /** The rows it stands on, as `rowPlace` writes them. */
  rows: string[];
  /** Near matches (同音, 一字之差, 首字母相同, 同名), for the clerk to choose; never applied silently. */
  candidates: JielongCandidate[];
  /** The first and last year it appears in: a former member added from the ledger serves those years. */
  firstYear: number;
  lastYear: number;
}

export interface LedgerImportPreview {
  rows: LedgerImportRow[];
  /** Rows without errors, duplicates included. */
  good: number;
  bad: number;
  /** Good rows already in the archive or earlier in the file; never imported again. */
  duplicates: number;
  /** The years of the rows that can be imported, oldest first. */
  years: number[];
  /** Required headers the file lacks (日期/时间, 活动名称/内容); nothing can be imported while any is missing. */
  headersMissing: string[];
  /** Headers no activity field answers to; their columns are ignored. */
  headersUnknown: string[];
  /** Where the year came from for dates written without one (标题行 “2020年…”), if it was needed. */
  yearSources: string[];
  unknownNames: LedgerUnknownName[];
}

/** Where a row stands, for messages: 第 4 行, or 工作表“2019年”第 4 行. */
export const rowPlace = (r: { sheet?: string; line: number }) =>
  r.sheet ? `工作表“${r.sheet}”第 ${r.line} 行` : `第 ${r.line} 行`;

export interface LedgerImportOutcome {
  imported: number;
  skippedBad: number;
  skippedDuplicates: number;
  /** Attendance cells written, all rows together. */
  attendance: number;
  /** Former members added to the roster from the ledger's names. */
  addedMembers: number;
  /** Names left off the attendance (neither matched nor added). */
  namesLeftOut: number;
  years: number[];
  /** The pre-import backup's file name. */
  backup: string;
}

const ledgerFile = spreadsheetUpload(MAX_LEDGER_BYTES, '活动台账', '台账');
const writtenName = requiredText(40, '台账中的姓名');

export const ledgerPreviewInput = z.object(ledgerFile).strict();
export const ledgerImportInput = z
  .object({
    ...ledgerFile,
    onlyGood,
    /** Names the clerk matched to a member of the roster (a near match chosen in the preview). */
    matches: z
      .array(z.object({ name: writtenName, memberId: id }).strict())
      .max(2000, '一次最多对应 2000 个姓名')
      .default([]),
    /** Names to add to the roster as former members (已离任), serving the years they appear in. */
    addFormer: z.array(writtenName).max(2000, '一次最多添加 2000 位往届委员').default([]),
  })
  .strict()
  .refine(
    (i) => new Set([...i.matches.map((m) => m.name), ...i.addFormer]).size === i.matches.length + i.addFormer.length,
    {
      message: '同一个姓名只能对应一位委员或添加为往届委员，不能两样都选',
      path: ['addFormer'],
    },
  );

export const ledgerImportContract = {
  'activities.previewLedgerImport': query<LedgerImportPreview>()(
    '往年活动台账导入：预览（逐行读出日期、类型、名称和出勤，标出有误的行、重复的活动和名册中没有的姓名，不写入）',
    ledgerPreviewInput,
  ),
  'activities.importLedger': method<LedgerImportOutcome>()(
    '往年活动台账导入：写入（重新检查，先备份，活动、出勤和选定添加的往届委员在一个事务中全部写入）',
    ledgerImportInput,
  ),
};
