import type Database from 'better-sqlite3';
import { year, type QueryCase } from './queryCase';

/** The member with the fullest year: the 履职档案 with the most rows to read. */
function busiestMember(db: Database.Database): number {
  return db
    .prepare(
      `SELECT p.member_id FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE a.year = ? GROUP BY p.member_id ORDER BY count(*) DESC, p.member_id LIMIT 1`,
    )
    .pluck()
    .get(year) as number;
}

/**
 * The SQL of the year's 八个一 counts (the scheme, the serving members, and of the year's kept
 * counts the sources and keys the scheme's items take, each range as one JSON array of members
 * and one of counts), without the cells counted from it.
 */
function matrixSql(db: Database.Database) {
  const scheme = [
    db.prepare('SELECT scheme_id FROM year_schemes WHERE year = ?').pluck(),
    db.prepare('SELECT id, name, preset FROM duty_schemes WHERE id = ?'),
    db.prepare('SELECT * FROM duty_scheme_items WHERE scheme_id = ? ORDER BY position, id'),
  ];
  const serving = db.prepare(
    `SELECT id, name, sector FROM members WHERE deleted_at IS NULL AND (joined_on IS NULL OR joined_on <= @last)
     AND (left_on IS NULL OR left_on >= @first) AND NOT (status = 'left' AND left_on IS NULL) ORDER BY name_key, id`,
  );
  // The ranges of migration 9's counts that the 八个一 items take, as db/duty/credits.ts reads them.
  const items = scheme[2].all(1) as { code: string; credit_activity_types: string; credit_kinds: string }[];
  const ranges = JSON.stringify([
    ...[...new Set(items.flatMap((i) => JSON.parse(i.credit_activity_types) as string[]))].map((t) => ['activity', t]),
    ...[...new Set(items.flatMap((i) => JSON.parse(i.credit_kinds) as string[]))].map((k) => [k, '']),
    ...items.map((i) => ['record', i.code]),
  ]);
  const counts = db.prepare(
    `SELECT (SELECT json_group_array(member_id) || '|' || json_group_array(n) FROM duty_counts
              WHERE year = @year AND source = j.value ->> 0 AND key = j.value ->> 1)
     FROM json_each(@ranges) j ORDER BY j.key`,
  );
  return () => {
    scheme[0].get(year);
    scheme[1].get(1);
    scheme[2].all(1);
    const members = serving.raw().all({ first: `${year}-01-01`, last: `${year}-12-31` });
    return [members, counts.pluck().all({ year, ranges })];
  };
}

/** The year as a whole: the 八个一 matrix and one member's evidence, the statistics, a member's 履职档案. */
export function yearCases(db: Database.Database): QueryCase[] {
  const matrix = matrixSql(db);
  const stats = [
    db.prepare(
      `SELECT type, status, collective, (CAST(substr(starts_on, 6, 2) AS INTEGER) + 2) / 3 AS quarter, count(*) AS n
       FROM activities WHERE deleted_at IS NULL AND year = ? AND status IN ('held', 'planned') GROUP BY type, status, collective, quarter`,
    ),
    db
      .prepare(
        `SELECT id, type, title, starts_on,
         (SELECT sum(attendance = 'present') || ' ' || sum(attendance = 'excused') || ' ' || sum(attendance = 'absent')
          FROM activity_participants p WHERE p.activity_id = a.id) AS sheet
       FROM activities a WHERE deleted_at IS NULL AND year = ? AND status = 'held' ORDER BY starts_on, id`,
      )
      .raw(),
    db
      .prepare(
        `SELECT key, json_group_array(member_id) || '|' || json_group_array(n) FROM duty_counts WHERE year = ? AND source = 'sheet' GROUP BY key`,
      )
      .raw(),
    db.prepare(
      'SELECT filing, result, count(*) AS n FROM proposals WHERE deleted_at IS NULL AND year = ? GROUP BY filing, result',
    ),
    db.prepare(
      'SELECT status, adopted_level AS level, count(*) AS n FROM opinion_reports WHERE deleted_at IS NULL AND year = ? GROUP BY status, adopted_level',
    ),
  ];
  const memberId = busiestMember(db);
  const q = { memberId, year };
  const file = [
    db.prepare('SELECT * FROM members WHERE id = ?'),
    db.prepare(
      `SELECT a.id, a.type, a.title, a.starts_on AS startsOn, a.place, p.attendance, p.leave_reason AS leaveReason, p.role
       FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE p.member_id = @memberId AND a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' ORDER BY a.starts_on, a.start_time, a.id`,
    ),
    db.prepare(
      `SELECT id, title, number, submitted_on AS submittedOn, CASE WHEN lead_member_id = @memberId THEN 'lead' ELSE 'cosigner' END AS role,
              filing, result, satisfaction FROM proposals WHERE deleted_at IS NULL AND year = @year
         AND (lead_member_id = @memberId OR id IN (SELECT proposal_id FROM proposal_cosigners WHERE member_id = @memberId))
       ORDER BY submitted_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT r.id, r.title, r.submitted_on AS submittedOn, r.status, r.adopted_level AS adoptedLevel, r.endorsement
       FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
       WHERE a.member_id = @memberId AND r.deleted_at IS NULL AND r.year = @year ORDER BY r.submitted_on NULLS LAST, r.id`,
    ),
    db.prepare(
      `SELECT id, title, happened_on AS happenedOn, source FROM deeds WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY happened_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT id, item_code AS itemCode, done_on AS doneOn, description, evidence FROM duty_records WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY done_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT id, title, body, updated_at AS updatedAt FROM documents WHERE kind = 'member_summary' AND member_id = @memberId
       AND deleted_at IS NULL AND year = @year ORDER BY updated_at DESC, id DESC LIMIT 1`,
    ),
  ];
  // One member's crediting rows, as duty.evidence and the member's file read them.
  const evidence = [
    `SELECT a.type, a.id, a.title, a.starts_on FROM activities a JOIN activity_participants p ON p.activity_id = a.id
     WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance = 'present' AND p.member_id = @memberId
     ORDER BY 4, 2`,
    `SELECT * FROM (SELECT NULL, id, title, submitted_on FROM proposals WHERE deleted_at IS NULL AND year = @year AND lead_member_id = @memberId
       UNION ALL SELECT NULL, p.id, p.title, p.submitted_on FROM proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
       WHERE p.deleted_at IS NULL AND p.year = @year AND c.member_id IS NOT p.lead_member_id AND c.member_id = @memberId)
     ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, r.id, r.title, r.submitted_on FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
     WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft' AND a.member_id = @memberId ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, id, title, happened_on FROM deeds WHERE deleted_at IS NULL AND year = @year AND member_id = @memberId
     ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, id, title, substr(created_at, 1, 10) FROM documents
     WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary' AND member_id = @memberId ORDER BY 2`,
    `SELECT item_code, id, description, done_on FROM duty_records WHERE deleted_at IS NULL AND year = @year AND member_id = @memberId
     ORDER BY 4 NULLS LAST, 2`,
  ].map((sql) => db.prepare(sql));
  const evidenceOf = () => evidence.map((e) => e.raw().all(q));
  return [
    { area: 'matrix', name: '八个一 matrix of the year', method: 'duty.matrix', input: { year }, raw: matrix },
    {
      area: 'matrix',
      name: `八个一 evidence of the busiest member (#${memberId})`,
      method: 'duty.evidence',
      input: q,
      raw: evidenceOf,
    },
    {
      area: 'stats',
      name: 'yearly statistics',
      method: 'stats.year',
      input: { year },
      raw: () => [stats.map((s) => s.all(year)), matrix()],
    },
    {
      area: 'memberFile',
      name: `履职档案 of the busiest member (#${memberId})`,
      method: 'members.dutyFile',
      input: q,
      // The file credits its one member from that member's crediting rows (as duty.evidence reads them).
      raw: () => [file[0].get(memberId), file.slice(1).map((s) => s.all(q)), evidenceOf()],
    },
  ];
}
