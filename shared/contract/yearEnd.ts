import { z } from 'zod';
import { year } from './fields';
import { method, query } from './define';

/** The section of the app where the clerk fixes what a check found (the renderer's section keys). */
export type YearEndLink = 'documents' | 'activities' | 'plans' | 'duties' | 'proposals' | 'opinionReports';

export type YearEndCheckKey =
  | 'annualSummary'
  | 'halfYearSummary'
  | 'annualPlan'
  | 'activityRecords'
  | 'fourFixes'
  | 'planItems'
  | 'quarters'
  | 'collective'
  | 'memberDuties'
  | 'proposalResults'
  | 'reportDrafts';

/** One line of the year-end checklist: what the volume needs, and whether the year has it. */
export interface YearEndCheck {
  key: YearEndCheckKey;
  ok: boolean;
  /** What is checked, e.g. 年度工作总结. */
  label: string;
  /** What was found, in the clerk's words, e.g. 还有 3 次活动没有填写参加人员：…. */
  detail: string;
  link: YearEndLink;
}

export interface YearEndChecklist {
  year: number;
  items: YearEndCheck[];
  /** How many items are still open. */
  open: number;
}

/** The kinds of file the exports write (volume, ledgers, package). */
export const EXPORT_FILE_KINDS = ['docx', 'pdf', 'xlsx', 'zip'] as const;
export type ExportFileKind = (typeof EXPORT_FILE_KINDS)[number];

/** One finished file in the year's exports folder. */
export interface ExportFolderFile {
  name: string;
  kind: ExportFileKind;
  bytes: number;
  /** When it was written (ISO time). */
  modifiedAt: string;
}

export interface ExportFolderListing {
  year: number;
  /** `<archive>.exports/<year>/`, whether or not anything was exported yet. */
  folder: string;
  /** Newest first. */
  files: ExportFolderFile[];
}

export const yearEndInput = z.object({ year }).strict();

export const yearEndContract = {
  'yearEnd.checklist': query<YearEndChecklist>()(
    '年度归档检查清单（总结、小结、计划、活动记录与四落实、季度与集体活动、履职、提案、社情民意）',
    yearEndInput,
  ),
  'yearEnd.files': method<ExportFolderListing>()('本年度导出文件夹中的文件（档案册、台账、档案包）', yearEndInput),
};
