import type { DutyEvidence, DutyEvidenceCell, DutyItemEvidence, DutyMatrix, DutyRow } from '../../shared/contract/duty';
import type { DutySchemeItem } from '../../shared/dutySchemes';

/** Two items of 八个一, enough to tell cells apart. */
export const twoItems: DutySchemeItem[] = [
  {
    id: 1,
    position: 0,
    code: 'research',
    label: '一次工作调研',
    requiredCount: 1,
    creditActivityTypes: ['research'],
    creditKinds: [],
  },
  {
    id: 2,
    position: 1,
    code: 'proposal',
    label: '一件政协提案',
    requiredCount: 1,
    creditActivityTypes: [],
    creditKinds: ['proposal'],
  },
];

/** Per member, the evidence of each item by its code. */
export type MembersEvidence = { id: number; name: string; sector?: string; evidence: Record<string, DutyEvidence[]> }[];

const cell = (itemCode: string, evidence: DutyEvidence[], required = 1): DutyEvidenceCell => ({
  itemCode,
  count: evidence.length,
  required,
  done: evidence.length >= required,
  evidence,
});

/** The matrix with the rows behind every cell, as a member's own file carries its row. */
export function fileMatrixOf(
  year: number,
  members: MembersEvidence,
  scheme: DutyMatrix['scheme'] = { id: 1, name: '八个一', items: twoItems },
): Omit<DutyMatrix, 'rows'> & { rows: DutyRow<DutyEvidenceCell>[] } {
  const rows = members.map((m) => {
    const cells = scheme.items.map((i) => cell(i.code, m.evidence[i.code] ?? [], i.requiredCount));
    const doneItems = cells.filter((c) => c.done).length;
    return { member: { id: m.id, name: m.name, sector: m.sector ?? null }, cells, doneItems, totalItems: cells.length };
  });
  return {
    year,
    scheme,
    rows,
    totals: scheme.items.map((i, pos) => ({
      itemCode: i.code,
      label: i.label,
      membersDone: rows.filter((r) => r.cells[pos].done).length,
    })),
  };
}

/** A matrix as duty.matrix answers it: counts only. */
export function matrixOf(year: number, members: MembersEvidence, scheme?: DutyMatrix['scheme']): DutyMatrix {
  const m = fileMatrixOf(year, members, scheme);
  return { ...m, rows: m.rows.map((r) => ({ ...r, cells: r.cells.map(({ evidence: _, ...counts }) => counts) })) };
}

/** duty.evidence's answer from the same members: one member's items, or the one asked for. */
export function evidenceOf(
  members: MembersEvidence,
  input: { memberId: number; itemCode?: string },
  items: DutySchemeItem[] = twoItems,
): DutyItemEvidence[] {
  const m = members.find((x) => x.id === input.memberId);
  return items
    .filter((i) => input.itemCode === undefined || i.code === input.itemCode)
    .map((i) => ({ itemCode: i.code, evidence: m?.evidence[i.code] ?? [] }));
}
