import type { DutyCell, DutyEvidence, DutyMatrix } from '../../shared/contract/duty';
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

const cell = (itemCode: string, evidence: DutyEvidence[], required = 1): DutyCell => ({
  itemCode,
  count: evidence.length,
  required,
  done: evidence.length >= required,
  evidence,
});

/** A matrix as duty.matrix answers it: per member, the evidence of each item by its code. */
export function matrixOf(
  year: number,
  members: { id: number; name: string; sector?: string; evidence: Record<string, DutyEvidence[]> }[],
  scheme: DutyMatrix['scheme'] = { id: 1, name: '八个一', items: twoItems },
): DutyMatrix {
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
