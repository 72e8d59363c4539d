import type Database from 'better-sqlite3';

const countedTables = [
  'members',
  'activities',
  'activity_participants',
  'proposals',
  'proposal_cosigners',
  'opinion_reports',
  'opinion_report_members',
  'deeds',
  'duty_records',
  'documents',
  'plan_items',
  'attachments',
  'audit_log',
];

/** Rows per table of a generated archive, for the report. */
export function tableCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(
    countedTables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}
