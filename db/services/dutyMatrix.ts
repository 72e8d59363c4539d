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
import { schemeForYear } from '../duty/schemes/forYear';
import { countCredits, memberEvidence } from './dutyCredits';
import { servingMembers } from './servingMembers';

const schemeOf = (scheme: DutyScheme): DutyMatrix['scheme'] => ({
  id: scheme.id,
  name: scheme.name,
  items: scheme.items,
});

function cellsOf(scheme: DutyScheme, counts: number[]): DutyCell[] {
  return scheme.items.map((item, pos) => ({
    itemCode: item.code,
    count: counts[pos],
    required: item.requiredCount,
    done: counts[pos] >= item.requiredCount,
  }));
}

function rowOf<C extends DutyCell>(member: DutyMember, cells: C[]): DutyRow<C> {
  return { member, cells, doneItems: cells.filter((c) => c.done).length, totalItems: cells.length };
}

/**
 * The year's duty matrix, counts only, for the given members: the matrix of the 八个一 page, the
 * dashboard, the yearly statistics and the exports.
 */
export function dutyMatrixFor(db: Database.Database, year: number, members: DutyMember[]): DutyMatrix {
  const scheme = schemeForYear(db, year);
  const counts = countCredits(
    db,
    scheme,
    year,
    members.map((m) => m.id),
  );
  const rows = members.map((member, i) => rowOf(member, cellsOf(scheme, counts[i])));
  const totals = scheme.items.map((item, pos) => ({
    itemCode: item.code,
    label: item.label,
    membersDone: rows.filter((r) => r.cells[pos].done).length,
  }));
  return { year, scheme: schemeOf(scheme), rows, totals };
}

/** The year's duty matrix for every member serving in it. */
export function dutyMatrix(db: Database.Database, year: number): DutyMatrix {
  return dutyMatrixFor(db, year, servingMembers(db, year));
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
