import type Database from 'better-sqlite3';
import type { DutyMatrix } from '../../shared/contract/duty';
import type { YearStats } from '../../shared/contract/stats';
import type { ActivityType, AdoptionLevel, ProposalFiling, ProposalResult } from '../../shared/enums';
import { dutyMatrix } from '../services/dutyMatrix';
import { yearStats } from '../services/yearStats';

export interface HeldActivity {
  type: ActivityType;
  title: string;
  startsOn: string;
  reportTitle: string | null;
  suggestionsCount: number;
}

export interface SummaryFacts {
  year: number;
  group: { name: string; parentCommittee: string };
  stats: YearStats;
  matrix: DutyMatrix;
  /** Held activities of the year by date. */
  activities: HeldActivity[];
  proposals: {
    title: string;
    lead: string | null;
    cosigners: number;
    filing: ProposalFiling;
    result: ProposalResult | null;
  }[];
  reports: { title: string; authors: string | null; adoptedLevel: AdoptionLevel | null }[];
  deeds: { title: string; member: string | null }[];
}

/** Everything the year-end summary speaks of, read from the archive's live records. */
export function summaryFacts(db: Database.Database, year: number): SummaryFacts {
  const group = db
    .prepare('SELECT name, parent_committee AS parentCommittee FROM group_settings WHERE id = 1')
    .get() as SummaryFacts['group'] | undefined;
  return {
    year,
    group: group ?? { name: '', parentCommittee: '' },
    stats: yearStats(db, year),
    matrix: dutyMatrix(db, year),
    activities: db
      .prepare(
        `SELECT type, title, starts_on AS startsOn, report_title AS reportTitle, suggestions_count AS suggestionsCount
         FROM activities WHERE deleted_at IS NULL AND year = ? AND status = 'held' ORDER BY starts_on, id`,
      )
      .all(year) as HeldActivity[],
    proposals: db
      .prepare(
        `SELECT p.title, m.name AS lead, (SELECT count(*) FROM proposal_cosigners c WHERE c.proposal_id = p.id) AS cosigners,
                p.filing, p.result
         FROM proposals p LEFT JOIN members m ON m.id = p.lead_member_id
         WHERE p.deleted_at IS NULL AND p.year = ? ORDER BY p.submitted_on, p.id`,
      )
      .all(year) as SummaryFacts['proposals'],
    reports: db
      .prepare(
        `SELECT r.title, r.adopted_level AS adoptedLevel,
                (SELECT group_concat(name, '、') FROM (SELECT m.name FROM opinion_report_members a JOIN members m ON m.id = a.member_id
                  WHERE a.report_id = r.id ORDER BY a.position)) AS authors
         FROM opinion_reports r WHERE r.deleted_at IS NULL AND r.year = ? AND r.status <> 'draft'
         ORDER BY r.submitted_on, r.id`,
      )
      .all(year) as SummaryFacts['reports'],
    deeds: db
      .prepare(
        `SELECT d.title, m.name AS member FROM deeds d LEFT JOIN members m ON m.id = d.member_id
         WHERE d.deleted_at IS NULL AND d.year = ? ORDER BY d.happened_on, d.id`,
      )
      .all(year) as SummaryFacts['deeds'],
  };
}
