import type { Input } from '../../../../shared/api';
import { normalizeDateText } from '../../forms/dateText';

/** What the record form holds: texts as typed, member and item as chosen. */
export interface DutyRecordValues {
  memberId?: number;
  itemCode?: string;
  doneOn?: string;
  description?: string;
  evidence?: string;
}

export type DutyRecordInput = Input<'dutyRecords.create'>;

const orNull = (s: string) => (s === '' ? null : s);

/** The form as dutyRecords.create's input: texts trimmed, the date written 2026-05-14, blanks as null. */
export function dutyRecordInput(year: number, v: DutyRecordValues): DutyRecordInput {
  return {
    memberId: v.memberId as number,
    year,
    itemCode: v.itemCode ?? '',
    doneOn: orNull(normalizeDateText(v.doneOn ?? '')),
    description: (v.description ?? '').trim(),
    evidence: orNull((v.evidence ?? '').trim()),
  };
}
