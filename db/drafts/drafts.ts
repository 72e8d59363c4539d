import type Database from 'better-sqlite3';
import type { DraftKind } from '../../shared/contract/summary';
import { schemeOfYear } from '../duty/schemes/repo';
import { dutyMatrix } from '../duty/matrix';
import { yearStats } from '../stats/yearStats';
import { draftAnnual, type Draft } from './draftAnnual';
import { draftHalfYear } from './draftHalfYear';
import { draftPlan, type PlanFacts } from './draftPlan';
import { differences, stated, type Figure, type FigureDifference } from './figures';
import { firstHalf, wholeYear } from './periodFacts';

function lastYearFigures(db: Database.Database, year: number): PlanFacts['lastYear'] {
  const prior = year - 1;
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM activities WHERE deleted_at IS NULL AND status = 'held' AND year = @prior) AS held,
              (SELECT count(*) FROM proposals WHERE deleted_at IS NULL AND year = @prior) AS proposals,
              (SELECT count(*) FROM opinion_reports WHERE deleted_at IS NULL AND year = @prior AND status <> 'draft') AS opinionReports`,
    )
    .get({ prior }) as { held: number; proposals: number; opinionReports: number };
  return row.held || row.proposals || row.opinionReports ? { year: prior, ...row } : null;
}

/** A draft of one of the year's three documents, from the archive as it is now. */
export function draftOf(db: Database.Database, kind: DraftKind, year: number): Draft {
  if (kind === 'annual_summary')
    return draftAnnual({ facts: wholeYear(db, year), stats: yearStats(db, year), matrix: dutyMatrix(db, year) });
  if (kind === 'half_year_summary') return draftHalfYear(firstHalf(db, year));
  const scheme = schemeOfYear(db, year);
  return draftPlan({
    facts: wholeYear(db, year),
    lastYear: lastYearFigures(db, year),
    scheme: { name: scheme.name, items: scheme.items.map((i) => i.label) },
  });
}

export const DRAFT_KINDS: readonly DraftKind[] = ['annual_plan', 'half_year_summary', 'annual_summary'];
export const isDraftKind = (k: string): k is DraftKind => (DRAFT_KINDS as readonly string[]).includes(k);

/**
 * The figures a saved plan or summary still states that disagree with the data now: the text is
 * searched for the phrases a fresh draft of its kind would state, and each number found there
 * compared with the fresh one.
 */
export function figureDifferences(db: Database.Database, kind: DraftKind, year: number, body: string): FigureDifference[] {
  return differences(body, draftOf(db, kind, year).figures);
}

/** The figures a saved document still states, each with the number in its text and the data's now. */
export function statedFigures(db: Database.Database, kind: DraftKind, year: number, body: string): (Figure & { inText: string })[] {
  return stated(body, draftOf(db, kind, year).figures);
}
