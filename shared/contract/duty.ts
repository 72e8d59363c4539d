import { z } from 'zod';
import type { DutySchemeItem } from '../dutySchemes';
import { id, year } from './fields';
import { query } from './define';

/** Where a duty credit comes from: an attended activity, a record of another kind, or a manual 履职记录. */
export type EvidenceKind = 'activity' | 'proposal' | 'opinion_report' | 'deed' | 'document' | 'record';

/** One row of the archive that credits a duty item, named so the clerk can open it. */
export interface DutyEvidence {
  kind: EvidenceKind;
  id: number;
  title: string;
  /** The activity's date, the submission date, the deed's date, …; null when the row has none. */
  date: string | null;
}

/**
 * One member × one duty item, as counts: the year's matrix of thousands of members stays small,
 * and the rows behind a cell are read when the clerk opens it (duty.evidence).
 */
export interface DutyCell {
  itemCode: string;
  count: number;
  required: number;
  /** count >= required */
  done: boolean;
}

/** A cell of one member's own file, which shows the rows behind every count. */
export interface DutyEvidenceCell extends DutyCell {
  /** count === evidence.length */
  evidence: DutyEvidence[];
}

/** The rows crediting one item for one member, in the order found: activities by date, then records. */
export interface DutyItemEvidence {
  itemCode: string;
  evidence: DutyEvidence[];
}

export interface DutyMember {
  id: number;
  name: string;
  sector: string | null;
}

export interface DutyRow<C extends DutyCell = DutyCell> {
  member: DutyMember;
  /** In the scheme's item order. */
  cells: C[];
  doneItems: number;
  totalItems: number;
}

export interface DutyItemTotal {
  itemCode: string;
  label: string;
  /** How many members of the matrix have done the item. */
  membersDone: number;
}

/** The year's 八个一 (or the year's scheme) for every member serving in the year. */
export interface DutyMatrix {
  year: number;
  scheme: { id: number; name: string; items: DutySchemeItem[] };
  rows: DutyRow[];
  totals: DutyItemTotal[];
}

export const dutyMatrixInput = z.object({ year }).strict();

export const dutyEvidenceInput = z
  .object({
    year,
    memberId: id,
    itemCode: z
      .string({ error: '履职事项代码必须是文字' })
      .min(1, '请选择履职事项')
      .max(40, '履职事项代码过长')
      .optional(),
  })
  .strict();

export const dutyContract = {
  'duty.matrix': query<DutyMatrix>()(
    '委员履职完成情况一览（按年度的履职方案，如“八个一”；每格只有次数）',
    dutyMatrixInput,
  ),
  'duty.evidence': query<DutyItemEvidence[]>()(
    '一位委员某年度各履职事项计入的记录（可只取一个事项），即一览表中格子背后的活动和记录',
    dutyEvidenceInput,
  ),
};
