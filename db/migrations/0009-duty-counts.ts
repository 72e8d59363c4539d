/**
 * Version 9: how many rows credit each member in each year, by source and key, kept by triggers,
 * so the 八个一 matrix and the yearly statistics read a year's counts instead of counting every
 * attendance of the year (db/duty/credits.ts maps them onto the year's scheme).
 *
 * A row of duty_counts is (year, member, source, key) → n, as db/duty/credits.ts defines
 * the credits: source 'activity' keyed by the activity's type (出席 at a held live activity),
 * 'record' keyed by the item code (a live 履职记录), and 'proposal' (lead and co-signers, the lead
 * once), 'opinion_report' (authors of a report past draft), 'deed' and 'member_summary' (a live
 * 个人述职), keyed ''. Beside them 'sheet', keyed by the attendance (present, excused, absent):
 * every member's attendance sheets of the year's held live activities, for the yearly statistics.
 * Rows in the recycle bin credit nobody, so moving a row there or back is
 * an update like any other. Every trigger takes the old row's credits away and adds the new
 * row's; a count that reaches 0 is removed.
 *
 * A parent's credits are taken away BEFORE it is deleted: its children (attendance, co-signers,
 * authors) go by ON DELETE CASCADE after the parent row is gone, when they find no parent and so
 * take nothing away themselves.
 */

type Row = 'old' | 'new';
const sign = (r: Row) => (r === 'old' ? -1 : 1);

/** Adds the credits a SELECT of (year, member, source, key, n) yields. */
const add = (select: string) =>
  `INSERT INTO duty_counts (year, member_id, source, key, n) ${select} ON CONFLICT DO UPDATE SET n = n + excluded.n;`;

const credits = {
  activity: (r: Row) =>
    add(`SELECT ${r}.year, p.member_id, 'activity', ${r}.type, ${sign(r)} FROM activity_participants p
      WHERE p.activity_id = ${r}.id AND p.attendance = 'present' AND ${r}.deleted_at IS NULL AND ${r}.status = 'held'`) +
    add(`SELECT ${r}.year, p.member_id, 'sheet', p.attendance, ${sign(r)} FROM activity_participants p
      WHERE p.activity_id = ${r}.id AND ${r}.deleted_at IS NULL AND ${r}.status = 'held'`),
  participant: (r: Row) =>
    add(`SELECT a.year, ${r}.member_id, 'activity', a.type, ${sign(r)} FROM activities a
      WHERE a.id = ${r}.activity_id AND ${r}.attendance = 'present' AND a.deleted_at IS NULL AND a.status = 'held'`) +
    add(`SELECT a.year, ${r}.member_id, 'sheet', ${r}.attendance, ${sign(r)} FROM activities a
      WHERE a.id = ${r}.activity_id AND a.deleted_at IS NULL AND a.status = 'held'`),
  proposal: (r: Row) =>
    add(`SELECT ${r}.year, ${r}.lead_member_id, 'proposal', '', ${sign(r)}
      WHERE ${r}.deleted_at IS NULL AND ${r}.lead_member_id IS NOT NULL`) +
    add(`SELECT ${r}.year, c.member_id, 'proposal', '', ${sign(r)} FROM proposal_cosigners c
      WHERE c.proposal_id = ${r}.id AND ${r}.deleted_at IS NULL AND c.member_id IS NOT ${r}.lead_member_id`),
  cosigner: (r: Row) =>
    add(`SELECT p.year, ${r}.member_id, 'proposal', '', ${sign(r)} FROM proposals p
      WHERE p.id = ${r}.proposal_id AND p.deleted_at IS NULL AND ${r}.member_id IS NOT p.lead_member_id`),
  report: (r: Row) =>
    add(`SELECT ${r}.year, m.member_id, 'opinion_report', '', ${sign(r)} FROM opinion_report_members m
      WHERE m.report_id = ${r}.id AND ${r}.deleted_at IS NULL AND ${r}.status <> 'draft'`),
  author: (r: Row) =>
    add(`SELECT o.year, ${r}.member_id, 'opinion_report', '', ${sign(r)} FROM opinion_reports o
      WHERE o.id = ${r}.report_id AND o.deleted_at IS NULL AND o.status <> 'draft'`),
  deed: (r: Row) =>
    add(
      `SELECT ${r}.year, ${r}.member_id, 'deed', '', ${sign(r)} WHERE ${r}.deleted_at IS NULL AND ${r}.member_id IS NOT NULL`,
    ),
  summary: (r: Row) =>
    add(`SELECT ${r}.year, ${r}.member_id, 'member_summary', '', ${sign(r)}
      WHERE ${r}.deleted_at IS NULL AND ${r}.kind = 'member_summary' AND ${r}.member_id IS NOT NULL`),
  record: (r: Row) =>
    add(`SELECT ${r}.year, ${r}.member_id, 'record', ${r}.item_code, ${sign(r)} WHERE ${r}.deleted_at IS NULL`),
};

/** An update trigger fires only when one of these changes what the row credits. */
const changed = (...cols: string[]) =>
  [...cols, 'id'].map((c) => `old.${c} IS NOT new.${c}`).join(' OR ') +
  ' OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)';

function kept(table: string, credit: (r: Row) => string, columns: string[], parent = false): string {
  const when = (cols: string[]) => (cols.length ? `WHEN ${changed(...cols)}` : '');
  return `
CREATE TRIGGER ${table}_duty_insert AFTER INSERT ON ${table} BEGIN ${credit('new')} END;
CREATE TRIGGER ${table}_duty_update AFTER UPDATE ON ${table} ${when(columns)} BEGIN ${credit('old')} ${credit('new')} END;
CREATE TRIGGER ${table}_duty_delete ${parent ? 'BEFORE' : 'AFTER'} DELETE ON ${table} BEGIN ${credit('old')} END;`;
}

/** A child row's update: every column of these small tables matters. */
const child = (table: string, credit: (r: Row) => string) => `
CREATE TRIGGER ${table}_duty_insert AFTER INSERT ON ${table} BEGIN ${credit('new')} END;
CREATE TRIGGER ${table}_duty_update AFTER UPDATE ON ${table} BEGIN ${credit('old')} ${credit('new')} END;
CREATE TRIGGER ${table}_duty_delete AFTER DELETE ON ${table} BEGIN ${credit('old')} END;`;

/** Every credit of the archive counted from scratch: the backfill, and what the triggers must keep equal. */
export const recount = `
SELECT year, member_id, source, key, count(*) AS n FROM (
  SELECT a.year, p.member_id, 'activity' AS source, a.type AS key FROM activities a JOIN activity_participants p ON p.activity_id = a.id
    WHERE a.deleted_at IS NULL AND a.status = 'held' AND p.attendance = 'present'
  UNION ALL SELECT a.year, p.member_id, 'sheet', p.attendance FROM activities a JOIN activity_participants p ON p.activity_id = a.id
    WHERE a.deleted_at IS NULL AND a.status = 'held'
  UNION ALL SELECT year, lead_member_id, 'proposal', '' FROM proposals WHERE deleted_at IS NULL AND lead_member_id IS NOT NULL
  UNION ALL SELECT p.year, c.member_id, 'proposal', '' FROM proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
    WHERE p.deleted_at IS NULL AND c.member_id IS NOT p.lead_member_id
  UNION ALL SELECT r.year, m.member_id, 'opinion_report', '' FROM opinion_reports r JOIN opinion_report_members m ON m.report_id = r.id
    WHERE r.deleted_at IS NULL AND r.status <> 'draft'
  UNION ALL SELECT year, member_id, 'deed', '' FROM deeds WHERE deleted_at IS NULL AND member_id IS NOT NULL
  UNION ALL SELECT year, member_id, 'member_summary', '' FROM documents
    WHERE deleted_at IS NULL AND kind = 'member_summary' AND member_id IS NOT NULL
  UNION ALL SELECT year, member_id, 'record', item_code FROM duty_records WHERE deleted_at IS NULL
) GROUP BY year, source, key, member_id`;

export const sql = `
CREATE TABLE duty_counts (
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('activity', 'sheet', 'proposal', 'opinion_report', 'deed', 'member_summary', 'record')),
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (year, source, key, member_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER duty_counts_zero AFTER UPDATE OF n ON duty_counts WHEN new.n = 0 BEGIN
  DELETE FROM duty_counts WHERE year = new.year AND source = new.source AND key = new.key AND member_id = new.member_id; END;
${kept('activities', credits.activity, ['year', 'type', 'status'], true)}
${child('activity_participants', credits.participant)}
${kept('proposals', credits.proposal, ['year', 'lead_member_id'], true)}
${child('proposal_cosigners', credits.cosigner)}
${kept('opinion_reports', credits.report, ['year', 'status'], true)}
${child('opinion_report_members', credits.author)}
${kept('deeds', credits.deed, ['year', 'member_id'])}
${kept('documents', credits.summary, ['year', 'kind', 'member_id'])}
${kept('duty_records', credits.record, ['year', 'member_id', 'item_code'])}
INSERT INTO duty_counts (year, member_id, source, key, n) ${recount};
`;
