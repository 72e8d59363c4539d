import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/contract/activities';
import type { OpinionReport } from '../../shared/contract/opinionReports';
import type { PlanItem } from '../../shared/contract/plan';
import type { Proposal } from '../../shared/contract/proposals';
import { localNames, type LocalNames } from './localNames';

// Each fact keeps the field types of the record it is read from.

/** A held activity as the drafts speak of it: when, where, what came of it, who came. */
export type HeldActivity = Pick<
  Activity,
  'type' | 'title' | 'startsOn' | 'place' | 'collective' | 'reportTitle' | 'suggestionsCount' | 'followUp'
> & { invited: number; present: number };

/** A plan item; `done` when an activity that fulfils it has been held. */
export type PlanItemFact = Pick<PlanItem, 'month' | 'period' | 'title' | 'done'> & { type: PlanItem['activityType'] };

export interface Attendance {
  invited: number;
  present: number;
  excused: number;
  absent: number;
  /** present / invited, null when nobody was invited */
  rate: number | null;
}

/** Everything a draft of one period (the year, or its first half) speaks of, from live records. */
export interface PeriodFacts {
  year: number;
  /** First and last day of the period (ISO). */
  from: string;
  to: string;
  names: LocalNames;
  activities: HeldActivity[];
  attendance: Attendance;
  proposals: (Pick<Proposal, 'title' | 'filing' | 'result' | 'mainUnit'> & {
    lead: string | null;
    cosigners: number;
  })[];
  /** Reports that left the group (草稿 are not counted as 报送). */
  opinionReports: (Pick<OpinionReport, 'title' | 'adoptedLevel' | 'endorsedBy'> & {
    authors: string | null;
    status: Exclude<OpinionReport['status'], 'draft'>;
  })[];
  deeds: { title: string; member: string | null }[];
  /** The year's plan items, in month and 旬 order. */
  plan: PlanItemFact[];
}

export function readNames(db: Database.Database): LocalNames {
  const g = db.prepare('SELECT * FROM group_settings WHERE id = 1').get() as Record<string, unknown> | undefined;
  const text = (k: string) => (typeof g?.[k] === 'string' ? (g[k] as string) : '');
  return localNames({
    name: text('name'),
    parentCommittee: text('parent_committee'),
    partyCommittee: text('party_committee'),
    government: text('government'),
  });
}

/** Facts of the days `from`–`to` of `year` (a proposal or report counts by its submitted date, or its year when it has none). */
export function periodFacts(db: Database.Database, year: number, from: string, to: string): PeriodFacts {
  const inPeriod = (col: string) => `(${col} BETWEEN @from AND @to OR (${col} IS NULL AND @whole = 1))`;
  const p = { year, from, to, whole: from.endsWith('-01-01') && to.endsWith('-12-31') ? 1 : 0 };
  const activities = (
    db
      .prepare(
        `SELECT a.type, a.title, a.starts_on AS startsOn, a.place, a.collective, a.report_title AS reportTitle,
                a.suggestions_count AS suggestionsCount, a.follow_up AS followUp,
                (SELECT count(*) FROM activity_participants x WHERE x.activity_id = a.id) AS invited,
                (SELECT count(*) FROM activity_participants x WHERE x.activity_id = a.id AND x.attendance = 'present') AS present
         FROM activities a
         WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.starts_on BETWEEN @from AND @to
         ORDER BY a.starts_on, a.id`,
      )
      .all(p) as (Omit<HeldActivity, 'collective'> & { collective: number })[]
  ).map((a) => ({ ...a, collective: a.collective === 1 }));
  const att = db
    .prepare(
      `SELECT count(*) AS invited,
              coalesce(sum(x.attendance = 'present'), 0) AS present,
              coalesce(sum(x.attendance = 'excused'), 0) AS excused,
              coalesce(sum(x.attendance = 'absent'), 0) AS absent
       FROM activity_participants x JOIN activities a ON a.id = x.activity_id
       WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.starts_on BETWEEN @from AND @to`,
    )
    .get(p) as Omit<Attendance, 'rate'>;
  return {
    year,
    from,
    to,
    names: readNames(db),
    activities,
    attendance: { ...att, rate: att.invited ? att.present / att.invited : null },
    proposals: db
      .prepare(
        `SELECT p.title, m.name AS lead, p.filing, p.result, p.main_unit AS mainUnit,
                (SELECT count(*) FROM proposal_cosigners c WHERE c.proposal_id = p.id) AS cosigners
         FROM proposals p LEFT JOIN members m ON m.id = p.lead_member_id
         WHERE p.deleted_at IS NULL AND p.year = @year AND ${inPeriod('p.submitted_on')}
         ORDER BY p.submitted_on, p.id`,
      )
      .all(p) as PeriodFacts['proposals'],
    opinionReports: db
      .prepare(
        `SELECT r.title, r.status, r.adopted_level AS adoptedLevel, r.endorsed_by AS endorsedBy,
                (SELECT group_concat(name, '、') FROM (SELECT m.name FROM opinion_report_members a
                   JOIN members m ON m.id = a.member_id WHERE a.report_id = r.id ORDER BY a.position)) AS authors
         FROM opinion_reports r
         WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft' AND ${inPeriod('r.submitted_on')}
         ORDER BY r.submitted_on, r.id`,
      )
      .all(p) as PeriodFacts['opinionReports'],
    deeds: db
      .prepare(
        `SELECT d.title, m.name AS member FROM deeds d LEFT JOIN members m ON m.id = d.member_id
         WHERE d.deleted_at IS NULL AND d.year = @year AND ${inPeriod('d.happened_on')}
         ORDER BY d.happened_on, d.id`,
      )
      .all(p) as PeriodFacts['deeds'],
    plan: (
      db
        .prepare(
          `SELECT i.month, i.period, i.title, i.activity_type AS type,
                  EXISTS (SELECT 1 FROM activities a WHERE a.plan_item_id = i.id AND a.deleted_at IS NULL
                          AND a.status = 'held') AS done
           FROM plan_items i WHERE i.deleted_at IS NULL AND i.year = @year
           ORDER BY i.month, CASE i.period WHEN 'early' THEN 1 WHEN 'mid' THEN 2 WHEN 'late' THEN 3 ELSE 0 END, i.id`,
        )
        .all(p) as (Omit<PlanItemFact, 'done'> & { done: number })[]
    ).map((i) => ({ ...i, done: i.done === 1 })),
  };
}

export const wholeYear = (db: Database.Database, year: number) =>
  periodFacts(db, year, `${year}-01-01`, `${year}-12-31`);
export const firstHalf = (db: Database.Database, year: number) =>
  periodFacts(db, year, `${year}-01-01`, `${year}-06-30`);
