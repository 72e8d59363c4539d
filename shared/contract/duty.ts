import { z } from 'zod';
import type { DutySchemeItem } from '../dutySchemes';
import { year } from './fields';
import { method } from './define';

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

/** One member × one duty item. */
export interface DutyCell {
  itemCode: string;
  count: number;
  required: number;
  /** count >= required */
  done: boolean;
  evidence: DutyEvidence[];
}

export interface DutyMember {
  id: number;
  name: string;
  sector: string | null;
}

export interface DutyRow {
  member: DutyMember;
  /** In the scheme's item order. */
  cells: DutyCell[];
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

export const dutyContract = {
  'duty.matrix': method<DutyMatrix>()('委员履职完成情况一览（按年度的履职方案，如“八个一”）', dutyMatrixInput),
};
