import type Database from 'better-sqlite3';
import type { MemberPoints, PointsLine, PointsSource, YearPoints } from '../../shared/contract/points';
import { ActivityType, AdoptionLevel, type Attendance, type ProposalFiling, type OpinionReportStatus } from '../../shared/enums';
import { gradeOf, PointsCategory, type PointsRules } from '../../shared/pointsRules';
import { rulesForYear } from './rules';
import { servingMembers } from '../members/serving';

type Give = (memberId: number, category: PointsCategory, label: string, points: number, source: PointsSource) => void;

/**
 * Activity lines: 出席 at a held, live activity of the year earns its type's points; 缺席 costs the
 * deduction. 请假 is neither. One query for the whole year.
 */
function activityLines(db: Database.Database, year: number, rules: PointsRules, give: Give) {
  const rows = db
    .prepare(
      `SELECT p.member_id, p.attendance, a.id, a.title, a.starts_on, a.type
       FROM activities a JOIN activity_participants p ON p.activity_id = a.id
       WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance IN ('present', 'absent')
       ORDER BY a.starts_on, a.id`,
    )
    .raw()
    .all({ year }) as [number, Attendance, number, string, string, ActivityType][];
  for (const [memberId, attendance, id, title, date, type] of rows) {
    const source: PointsSource = { kind: 'activity', id, title, date };
    if (attendance === 'present') give(memberId, 'activity', `出席${ActivityType.label(type)}`, rules.attendance[type], source);
    else give(memberId, 'absence', `无故缺席${ActivityType.label(type)}`, rules.absence, source);
  }
}

/** Proposal lines: the lead and each co-signer of a live proposal; the lead's extra when 立案. */
function proposalLines(db: Database.Database, year: number, rules: PointsRules, give: Give) {
  const rows = db
    .prepare(
      `SELECT lead_member_id, 1, id, title, submitted_on, filing FROM proposals
       WHERE deleted_at IS NULL AND year = @year AND lead_member_id IS NOT NULL
       UNION ALL
       SELECT c.member_id, 0, p.id, p.title, p.submitted_on, p.filing FROM proposals p
       JOIN proposal_cosigners c ON c.proposal_id = p.id
       WHERE p.deleted_at IS NULL AND p.year = @year
       ORDER BY 5 NULLS LAST, 3`,
    )
    .raw()
    .all({ year }) as [number, 0 | 1, number, string, string | null, ProposalFiling][];
  for (const [memberId, lead, id, title, date, filing] of rows) {
    const source: PointsSource = { kind: 'proposal', id, title, date };
    if (lead) {
      give(memberId, 'proposal', '领衔提案', rules.proposalLead, source);
      if (filing === 'accepted') give(memberId, 'proposal', '提案立案（领衔人加分）', rules.proposalAccepted, source);
    } else give(memberId, 'proposal', '联名提案', rules.proposalCosigner, source);
  }
}

/** 社情民意 lines: every author of a submitted (not draft) report, and again when it is adopted. */
function reportLines(db: Database.Database, year: number, rules: PointsRules, give: Give) {
  const rows = db
    .prepare(
      `SELECT a.member_id, r.id, r.title, r.submitted_on, r.status, r.adopted_level, r.adopted_on
       FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
       WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft'
       ORDER BY r.submitted_on NULLS LAST, r.id`,
    )
    .raw()
    .all({ year }) as [number, number, string, string | null, OpinionReportStatus, AdoptionLevel | null, string | null][];
  for (const [memberId, id, title, date, status, level, adoptedOn] of rows) {
    give(memberId, 'report', '报送社情民意', rules.reportSubmitted, { kind: 'opinion_report', id, title, date });
    if (status === 'adopted' && level) {
      const source: PointsSource = { kind: 'opinion_report', id, title, date: adoptedOn ?? date };
      give(memberId, 'report', `社情民意被${AdoptionLevel.label(level)}`, rules.reportAdopted[level], source);
    }
  }
}

/** Deeds and the members' own 履职小结. */
function recordLines(db: Database.Database, year: number, rules: PointsRules, give: Give) {
  const deeds = db
    .prepare(
      `SELECT member_id, id, title, happened_on FROM deeds
       WHERE deleted_at IS NULL AND year = @year AND member_id IS NOT NULL
       ORDER BY happened_on NULLS LAST, id`,
    )
    .raw()
    .all({ year }) as [number, number, string, string | null][];
  for (const [memberId, id, title, date] of deeds) give(memberId, 'deed', '先进事迹', rules.deed, { kind: 'deed', id, title, date });

  const summaries = db
    .prepare(
      `SELECT member_id, id, title, substr(created_at, 1, 10) FROM documents
       WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary'
       ORDER BY id`,
    )
    .raw()
    .all({ year }) as [number, number, string, string][];
  for (const [memberId, id, title, date] of summaries)
    give(memberId, 'summary', '提交履职小结', rules.memberSummary, { kind: 'document', id, title, date });
}

/** A member's lines in category order, each capped category closed by its cap line when it went over. */
function ledger(byCategory: Map<PointsCategory, PointsLine[]>, rules: PointsRules) {
  const lines: PointsLine[] = [];
  const subtotals = Object.fromEntries(PointsCategory.codes.map((c) => [c, 0])) as MemberPoints['subtotals'];
  for (const category of PointsCategory.codes) {
    const own = byCategory.get(category) ?? [];
    lines.push(...own);
    let sum = own.reduce((s, l) => s + l.points, 0);
    const cap = category === 'absence' ? null : rules.caps[category];
    if (cap !== null && sum > cap) {
      const over = sum - cap;
      lines.push({ category, label: `${PointsCategory.label(category)}积分封顶 ${cap} 分，扣除 ${over} 分`, points: -over, source: null });
      sum = cap;
    }
    subtotals[category] = sum;
  }
  return { lines, subtotals };
}

/**
 * The year's duty points (履职积分) of every member serving in it, by the year's rules. A rule
 * worth 0 gives no line. A handful of queries for the whole year, never one per member.
 */
export function yearPoints(db: Database.Database, year: number): YearPoints {
  const { rules, saved } = rulesForYear(db, year);
  const members = servingMembers(db, year);
  const buckets = new Map(members.map((m) => [m.id, new Map<PointsCategory, PointsLine[]>()]));
  const give: Give = (memberId, category, label, points, source) => {
    const bucket = buckets.get(memberId);
    if (!bucket || points === 0) return;
    const line = { category, label, points, source };
    const list = bucket.get(category);
    if (list) list.push(line);
    else bucket.set(category, [line]);
  };
  activityLines(db, year, rules, give);
  proposalLines(db, year, rules, give);
  reportLines(db, year, rules, give);
  recordLines(db, year, rules, give);

  const scored = members.map((member) => {
    const { lines, subtotals } = ledger(buckets.get(member.id)!, rules);
    const total = lines.reduce((s, l) => s + l.points, 0);
    return { member, total, grade: gradeOf(total, rules.grades), rank: 0, subtotals, lines };
  });
  // A stable sort keeps the roster (pinyin) order among equal totals.
  scored.sort((a, b) => b.total - a.total);
  scored.forEach((m, i) => (m.rank = i > 0 && scored[i - 1].total === m.total ? scored[i - 1].rank : i + 1));
  return { year, rules, rulesSaved: saved, members: scored };
}
