import type Database from 'better-sqlite3';
import type { DutyCell, DutyMatrix, DutyMember, DutyRow } from '../../shared/contract/duty';
import type { DutyScheme } from '../../shared/dutySchemes';
import { schemeForYear } from '../repo/dutySchemes';
import { collectCredits } from './dutyCredits';
import { servingMembers } from './servingMembers';

function rowsFor(db: Database.Database, scheme: DutyScheme, year: number, members: DutyMember[]): DutyRow[] {
  const credits = collectCredits(
    db,
    scheme,
    year,
    members.map((m) => m.id),
  );
  return members.map((member, row) => {
    const cells: DutyCell[] = scheme.items.map((item, pos) => {
      const evidence = credits[row][pos];
      return {
        itemCode: item.code,
        count: evidence.length,
        required: item.requiredCount,
        done: evidence.length >= item.requiredCount,
        evidence,
      };
    });
    return { member, cells, doneItems: cells.filter((c) => c.done).length, totalItems: cells.length };
  });
}

/**
 * The matrix for the given members. A member's own file passes just that member, whether or not
 * they served in the year.
 */
export function dutyMatrixFor(db: Database.Database, year: number, members: DutyMember[]): DutyMatrix {
  const scheme = schemeForYear(db, year);
  const rows = rowsFor(db, scheme, year, members);
  const totals = scheme.items.map((item, i) => ({
    itemCode: item.code,
    label: item.label,
    membersDone: rows.filter((r) => r.cells[i].done).length,
  }));
  return { year, scheme: { id: scheme.id, name: scheme.name, items: scheme.items }, rows, totals };
}

/** The year's duty matrix for every member serving in it. */
export function dutyMatrix(db: Database.Database, year: number): DutyMatrix {
  return dutyMatrixFor(db, year, servingMembers(db, year));
}
