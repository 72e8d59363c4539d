import type { Input } from '../../../../../shared/api';
import {
  jielongChange,
  type JielongChange,
  type JielongPreview,
  type JielongRow,
} from '../../../../../shared/contract/jielong';

/** The clerk's choice of member for each row offering candidates, by the row's index. */
export type Choices = Record<number, number | undefined>;

export interface ResolvedRow {
  row: JielongRow;
  /** The member the row will be written for: the exact match or the candidate chosen. */
  memberId?: number;
  change?: JielongChange;
  /** A later row names the same member; that one is written. */
  supersededBy?: number;
}

/** Every row with the member it goes to and what writing it does to the sheet as it is. */
export function resolveRows(preview: JielongPreview, choices: Choices): ResolvedRow[] {
  const rows: ResolvedRow[] = preview.rows.map((row, i) => {
    const memberId = row.memberId ?? choices[i];
    return {
      row,
      memberId,
      change: memberId === undefined ? undefined : jielongChange(preview.sheet, memberId, row.status, row.reason),
    };
  });
  const lastFor = new Map<number, number>();
  rows.forEach((r, i) => r.memberId !== undefined && lastFor.set(r.memberId, i));
  rows.forEach((r, i) => {
    const last = r.memberId === undefined ? i : lastFor.get(r.memberId)!;
    if (last !== i) r.supersededBy = preview.rows[last].line;
  });
  return rows;
}

/** 出席 N，请假 N，未识别 N: what will be written, and the names not (yet) tied to a member. */
export function summaryOf(rows: ResolvedRow[]) {
  const written = rows.filter((r) => r.memberId !== undefined && r.supersededBy === undefined);
  return {
    present: written.filter((r) => r.row.status === 'present').length,
    excused: written.filter((r) => r.row.status === 'excused').length,
    unknown: rows.filter((r) => r.memberId === undefined).length,
    toChoose: rows.filter((r) => r.memberId === undefined && r.row.match === 'candidates').length,
    changes: written.filter((r) => r.change !== 'unchanged').length,
  };
}

export function applyInput(activityId: number, rows: ResolvedRow[]): Input<'attendance.applyJielong'> {
  return {
    activityId,
    rows: rows
      .filter((r) => r.memberId !== undefined && r.supersededBy === undefined)
      .map((r) => ({
        memberId: r.memberId!,
        attendance: r.row.status,
        leaveReason: r.row.status === 'excused' ? r.row.reason : null,
      })),
  };
}
