import { z } from 'zod';
import type { ArchiveDocument } from './documents';
import { id, year } from './fields';
import { method, query } from './define';

/** A figure a draft states, beside the text: what it counts, its value, where it comes from. */
export interface DraftFigure {
  key: string;
  label: string;
  value: string;
  source: string;
  /** The phrase it stands in, `{}` where the value is (e.g. 全年共开展各类活动{}次). */
  phrase: string;
}

export type DraftKind = 'annual_plan' | 'half_year_summary' | 'annual_summary';

export interface SummaryDraft {
  year: number;
  kind: DraftKind;
  title: string;
  /** Plain text, one paragraph per line; the sections are headed 一、二、三… */
  body: string;
  /** Every figure the text states, with its source: for the clerk to see beside the text. */
  figures: DraftFigure[];
  /** The saved document when `save` was asked for (a new one each time: an edited one is never overwritten). */
  document: ArchiveDocument | null;
}

/** A figure still in a saved document's text whose number no longer agrees with the data. */
export interface FigureDifference {
  key: string;
  label: string;
  inText: string;
  inData: string;
  source: string;
  phrase: string;
}

export interface FigureCheck {
  documentId: number;
  /** Whether this kind of document is checked (plans and summaries are; other documents are not). */
  checked: boolean;
  /** Every figure the text still states: the number there (inText), the data's now (value), its source. */
  stated: (DraftFigure & { inText: string })[];
  differences: FigureDifference[];
}

export const summaryDraftInput = z
  .object({ year, save: z.boolean({ error: '是否保存必须是 是 或 否' }).optional() })
  .strict();

export const summaryContract = {
  'summary.draftPlan': method<SummaryDraft>()(
    '年度工作计划初稿：按年度计划事项和上年数据起草（可保存为文档）',
    summaryDraftInput,
  ),
  'summary.draftHalfYear': method<SummaryDraft>()(
    '半年工作小结初稿：按1—6月的活动、提案、社情民意和计划落实情况起草（可保存为文档）',
    summaryDraftInput,
  ),
  'summary.draft': method<SummaryDraft>()('年度工作总结初稿：按全年数据起草（可保存为文档）', summaryDraftInput),
  'summary.checkFigures': query<FigureCheck>()(
    '核对计划、小结、总结中仍写着的数字与档案数据是否一致',
    z.object({ documentId: id }).strict(),
  ),
};
