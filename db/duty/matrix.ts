import type Database from 'better-sqlite3';
import type {
  DutyCell,
  DutyEvidenceCell,
  DutyItemEvidence,
  DutyMatrix,
  DutyMember,
  DutyRow,
} from '../../shared/contract/duty';
import type { DutyScheme } from '../../shared/dutySchemes';
import { ArchiveError } from '../errors';
import { memberTable } from '../members/repo';
import { schemeForYear } from './schemes/forYear';
import { memberEvidence, yearCredits } from './credits';
import { servingMembers } from '../members/serving';

const schemeOf = (scheme: DutyScheme): DutyMatrix['scheme'] => ({
  id: scheme.id,
  name: scheme.name,
  items: scheme.items,
});

const cellOf = (item: DutyScheme['items'][number], count: number): DutyCell => ({
  itemCode: item.code,
  count,
  required: item.requiredCount,
  done: count >= item.requiredCount,
});

function cellsOf(scheme: DutyScheme, counts: number[]): DutyCell[] {
  return scheme.items.map((item, pos) => cellOf(item, counts[pos]));
}

/**
 * Cells by item and count, each made once and shared (frozen) by every row with that count: a
 * district's matrix is 5,000 members × 8 items, but only a few hundred distinct cells, and making
 * 40,000 objects (and collecting them) cost as much as reading the counts.
 */
function sharedCells(scheme: DutyScheme): (counts: number[]) => DutyCell[] {
  const made = scheme.items.map(() => [] as DutyCell[]);
  return (counts) =>
    scheme.items.map((item, pos) => (made[pos][counts[pos]] ??= Object.freeze(cellOf(item, counts[pos]))));
}

function rowOf<C extends DutyCell>(member: DutyMember, cells: C[]): DutyRow<C> {
  return { member, cells, doneItems: cells.filter((c) => c.done).length, totalItems: cells.length };
}

/**
 * The year's duty matrix, counts only, for every member serving in it: the matrix of the 八个一
 * page, the dashboard and the exports.
 */
export function dutyMatrix(db: Database.Database, year: number): DutyMatrix {
  const members = servingMembers(db, year);
  const { scheme, counts } = yearCredits(db, year, members);
  const cells = sharedCells(scheme);
  const membersDone = scheme.items.map(() => 0);
  const rows = members.map((member, i) => {
    const row = rowOf(member, cells(counts[i]));
    row.cells.forEach((c, pos) => (membersDone[pos] += c.done ? 1 : 0));
    return row;
  });
  const totals = scheme.items.map((item, pos) => ({
    itemCode: item.code,
    label: item.label,
    membersDone: membersDone[pos],
  }));
  return { year, scheme: schemeOf(scheme), rows, totals };
}

/**
 * One member's row with the rows behind every count, for the member's own file, whether or not
 * they served in the year.
 */
export function memberDutyRow(
  db: Database.Database,
  year: number,
  member: DutyMember,
): { scheme: DutyMatrix['scheme']; row: DutyRow<DutyEvidenceCell> } {
  const scheme = schemeForYear(db, year);
  const evidence = memberEvidence(db, scheme, year, member.id);
  const cells = cellsOf(
    scheme,
    evidence.map((e) => e.length),
  ).map((cell, pos) => ({ ...cell, evidence: evidence[pos] }));
  return { scheme: schemeOf(scheme), row: rowOf(member, cells) };
}

/**
 * What a cell of the matrix counts, for one member (duty.evidence): every item of the year's
 * scheme, or the one asked for.
 */
export function dutyEvidence(
  db: Database.Database,
  year: number,
  memberId: number,
  itemCode?: string,
): DutyItemEvidence[] {
  memberTable.get(db, memberId);
  const scheme = schemeForYear(db, year);
  if (itemCode !== undefined && !scheme.items.some((i) => i.code === itemCode)) {
    throw new ArchiveError('NOT_FOUND', `${year}年的履职方案“${scheme.name}”中没有事项 ${itemCode}。`);
  }
  const evidence = memberEvidence(db, scheme, year, memberId);
  return scheme.items
    .map((item, pos) => ({ itemCode: item.code, evidence: evidence[pos] }))
    .filter((e) => itemCode === undefined || e.itemCode === itemCode);
}
