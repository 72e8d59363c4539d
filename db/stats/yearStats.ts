import type Database from 'better-sqlite3';
import {
  MIN_COLLECTIVE_ACTIVITIES,
  type ActivityParticipation,
  type ActivityStats,
  type Participation,
  type Quarter,
  type YearStats,
} from '../../shared/contract/stats';
import type { DutyMember } from '../../shared/contract/duty';
import {
  ActivityType,
  AdoptionLevel,
  ProposalFiling,
  ProposalResult,
  OpinionReportStatus,
  type Attendance,
} from '../../shared/enums';
import { prepared } from '../repo/statements';
import { yearCredits } from '../duty/credits';
import { servingMembers } from '../members/serving';

const quarters: Quarter[] = [1, 2, 3, 4];

const zeros = <K extends string>(codes: readonly K[]) =>
  Object.fromEntries(codes.map((c) => [c, 0])) as Record<K, number>;

/**
 * Held activities by type and quarter. "Collective" is the activity's own 集体活动 flag (set by
 * the clerk, on by default), counted only once the activity has been held: a planned or
 * cancelled meeting is not one of the year's ≥4 collective activities.
 */
function activityStats(db: Database.Database, year: number): ActivityStats {
  const rows = prepared(
    db,
    `SELECT type, status, collective, (CAST(substr(starts_on, 6, 2) AS INTEGER) + 2) / 3 AS quarter, count(*) AS n
       FROM activities WHERE deleted_at IS NULL AND year = ? AND status IN ('held', 'planned')
       GROUP BY type, status, collective, quarter`,
  ).all(year) as { type: ActivityType; status: 'held' | 'planned'; collective: number; quarter: Quarter; n: number }[];
  const byType = zeros(ActivityType.codes);
  const byQuarter = quarters.map((quarter) => ({ quarter, held: 0, planned: 0 }));
  let held = 0;
  let collective = 0;
  for (const r of rows) {
    byQuarter[r.quarter - 1][r.status] += r.n;
    if (r.status !== 'held') continue;
    held += r.n;
    byType[r.type] += r.n;
    if (r.collective) collective += r.n;
  }
  return {
    held,
    byType: ActivityType.codes.map((type) => ({ type, count: byType[type] })),
    byQuarter,
    quartersWithout: byQuarter.filter((q) => q.held === 0).map((q) => q.quarter),
    collective,
    collectiveRequired: MIN_COLLECTIVE_ACTIVITIES,
    collectiveMet: collective >= MIN_COLLECTIVE_ACTIVITIES,
  };
}

interface SheetCounts {
  invited: number;
  present: number;
  excused: number;
  absent: number;
}

const rated = (invited: number, present: number, excused: number, absent: number): Participation => ({
  invited,
  present,
  excused,
  absent,
  rate: invited ? present / invited : null,
});

/**
 * The sheets of the year's held live activities: per member from the counts migration 9's
 * triggers keep ('sheet', by attendance); per activity counted beside each activity as it is
 * listed (its sheet is a range of the participants' primary key: no sort of the year's sheets).
 * Rows are read as arrays and the counts tallied in plain arrays by member id: the objects of
 * better-sqlite3 and a Map of per-member objects cost as much as the reads.
 */
function participation(db: Database.Database, year: number, members: DutyMember[]): YearStats['participation'] {
  const rows = prepared(
    db,
    `SELECT id, type, title, starts_on,
       (SELECT sum(attendance = 'present') || ' ' || sum(attendance = 'excused') || ' ' || sum(attendance = 'absent')
        FROM activity_participants p WHERE p.activity_id = a.id) AS sheet
     FROM activities a WHERE deleted_at IS NULL AND year = ? AND status = 'held' ORDER BY starts_on, id`,
  )
    .raw()
    .all(year) as [number, ActivityType, string, string, string | null][];
  const perMember = prepared(
    db,
    `SELECT key, json_group_array(member_id) || '|' || json_group_array(n) FROM duty_counts
     WHERE year = ? AND source = 'sheet' GROUP BY key`,
  )
    .raw()
    .all(year) as [Attendance, string][];
  const overall: SheetCounts = { invited: 0, present: 0, excused: 0, absent: 0 };
  const activities: ActivityParticipation[] = [];
  for (const [id, type, title, startsOn, sheet] of rows) {
    if (sheet === null) continue;
    const [present, excused, absent] = sheet.split(' ').map(Number);
    const invited = present + excused + absent;
    overall.invited += invited;
    overall.present += present;
    overall.excused += excused;
    overall.absent += absent;
    activities.push({ activity: { id, type, title, startsOn }, ...rated(invited, present, excused, absent) });
  }
  // By member id, one array per attendance.
  const byAttendance: Record<Attendance, number[]> = { present: [], excused: [], absent: [] };
  for (const [attendance, packed] of perMember) {
    const bar = packed.indexOf('|');
    const ids = JSON.parse(packed.slice(0, bar)) as number[];
    const n = JSON.parse(packed.slice(bar + 1)) as number[];
    const into = byAttendance[attendance];
    for (let i = 0; i < ids.length; i++) into[ids[i]] = n[i];
  }
  const { present, excused, absent } = byAttendance;
  return {
    overall: rated(overall.invited, overall.present, overall.excused, overall.absent),
    members: members.map((member) => {
      const p = present[member.id] ?? 0;
      const e = excused[member.id] ?? 0;
      const a = absent[member.id] ?? 0;
      return { member, ...rated(p + e + a, p, e, a) };
    }),
    activities,
  };
}

function proposalStats(db: Database.Database, year: number): YearStats['proposals'] {
  const rows = prepared(
    db,
    `SELECT filing, result, count(*) AS n FROM proposals WHERE deleted_at IS NULL AND year = ? GROUP BY filing, result`,
  ).all(year) as { filing: ProposalFiling; result: ProposalResult | null; n: number }[];
  const out = { total: 0, byFiling: zeros(ProposalFiling.codes), byResult: zeros(ProposalResult.codes), noResult: 0 };
  for (const r of rows) {
    out.total += r.n;
    out.byFiling[r.filing] += r.n;
    if (r.result) out.byResult[r.result] += r.n;
    else out.noResult += r.n;
  }
  return out;
}

function opinionReportStats(db: Database.Database, year: number): YearStats['opinionReports'] {
  const rows = prepared(
    db,
    `SELECT status, adopted_level AS level, count(*) AS n FROM opinion_reports
       WHERE deleted_at IS NULL AND year = ? GROUP BY status, adopted_level`,
  ).all(year) as { status: OpinionReportStatus; level: AdoptionLevel | null; n: number }[];
  const out = { total: 0, byStatus: zeros(OpinionReportStatus.codes), byAdoptionLevel: zeros(AdoptionLevel.codes) };
  for (const r of rows) {
    out.total += r.n;
    out.byStatus[r.status] += r.n;
    if (r.level) out.byAdoptionLevel[r.level] += r.n;
  }
  return out;
}

/** The members behind on any item of the year's scheme, straight from the counts (no matrix of cells built). */
function behind(db: Database.Database, year: number, members: DutyMember[]): YearStats['behind'] {
  const { scheme, counts } = yearCredits(db, year, members);
  const out: YearStats['behind'] = [];
  members.forEach((member, i) => {
    const missing: YearStats['behind'][number]['missing'] = [];
    scheme.items.forEach((item, pos) => {
      const count = counts[i][pos];
      if (count < item.requiredCount)
        missing.push({ itemCode: item.code, label: item.label, count, required: item.requiredCount });
    });
    if (missing.length) out.push({ member, missing });
  });
  return out;
}

/** The year at a glance, for the clerk's checks and the year-end summary. */
export function yearStats(db: Database.Database, year: number): YearStats {
  const members = servingMembers(db, year);
  return {
    year,
    activities: activityStats(db, year),
    participation: participation(db, year, members),
    proposals: proposalStats(db, year),
    opinionReports: opinionReportStats(db, year),
    behind: behind(db, year, members),
  };
}
