import type Database from 'better-sqlite3';
import {
  filingKinds,
  retentionLabels,
  retentions,
  type FilingItem,
  type FilingKind,
  type Retention,
} from '../../shared/filing';
import { archivalCode } from './archivalCode';
import { readFilingSettings } from './settings';

/** One record of the year that is an item, before it is classed and numbered. */
interface Candidate {
  kind: FilingKind;
  recordId: number;
  title: string;
  /** '' = the group's name. */
  responsible: string;
  docNo: string;
  /** The record's own date, or null (then the day it was entered stands in). */
  date: string | null;
  createdAt: string;
}

/** The local calendar day of a stored UTC timestamp. */
function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An item of year Y is dated in Y: a summary typed in the next January is dated 12-31. */
function dayInYear(c: Candidate, year: number): string {
  const day = c.date ?? localDay(c.createdAt);
  if (day < `${year}-01-01`) return `${year}-01-01`;
  if (day > `${year}-12-31`) return `${year}-12-31`;
  return day;
}

const MEMBER = (col: string) => `(SELECT name FROM members m WHERE m.id = ${col})`;

function candidates(db: Database.Database, year: number): Candidate[] {
  // A null responsible or 文号 reads as ''.
  const rows = (sql: string, kind: FilingKind) =>
    (db.prepare(sql).all({ year }) as Omit<Candidate, 'kind'>[]).map((r) => ({
      ...r,
      kind,
      responsible: r.responsible ?? '',
      docNo: r.docNo ?? '',
    }));
  /** The year's live rows of a record table, each an item: its responsible, 文号 and date as SQL on the table. */
  const ownRows = (
    kind: FilingKind,
    table: string,
    cols: { responsible: string; docNo?: string; date: string },
    where = '',
  ) =>
    rows(
      `SELECT id AS recordId, title, ${cols.responsible} AS responsible, ${cols.docNo ?? "''"} AS docNo,
              ${cols.date} AS date, created_at AS createdAt
       FROM ${table} WHERE deleted_at IS NULL AND year = @year ${where}`,
      kind,
    );
  return [
    ...ownRows('activity', 'activities', { responsible: 'trim(organiser)', date: 'starts_on' }, "AND status = 'held'"),
    ...ownRows('document', 'documents', { responsible: MEMBER('member_id'), date: 'NULL' }),
    ...ownRows('proposal', 'proposals', {
      responsible: MEMBER('lead_member_id'),
      docNo: 'trim(number)',
      date: 'submitted_on',
    }),
    ...rows(
      `SELECT r.id AS recordId, r.title,
              (SELECT group_concat(name, '、') FROM (
                 SELECT m.name FROM opinion_report_members a JOIN members m ON m.id = a.member_id
                 WHERE a.report_id = r.id ORDER BY a.position, m.id)) AS responsible,
              '' AS docNo, r.submitted_on AS date, r.created_at AS createdAt
       FROM opinion_reports r WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft'`,
      'opinionReport',
    ),
    ...ownRows('deed', 'deeds', { responsible: MEMBER('member_id'), date: 'happened_on' }),
  ];
}

/** The 保管期限 the clerk chose for single items, keyed `kind:recordId`. */
function chosenRetention(db: Database.Database): Map<string, Retention> {
  const rows = db.prepare('SELECT kind, record_id AS recordId, retention FROM filing_retention').all() as {
    kind: FilingKind;
    recordId: number;
    retention: Retention;
  }[];
  return new Map(rows.map((r) => [`${r.kind}:${r.recordId}`, r.retention]));
}

/**
 * The year's items (件) in catalogue order: by 保管期限 (永久, 定期30年, 定期10年), then 件号. Within
 * a class items go by date, then by kind and record id, so the same records always get the same
 * numbers.
 */
export function yearItems(db: Database.Database, year: number): FilingItem[] {
  const settings = readFilingSettings(db);
  const chosen = chosenRetention(db);
  const group = db.prepare('SELECT name FROM group_settings WHERE id = 1').get() as { name: string } | undefined;
  const groupName = group?.name.trim() || settings.fondsName;
  const dated = candidates(db, year).map((c) => {
    const pick = chosen.get(`${c.kind}:${c.recordId}`);
    return {
      c,
      date: dayInYear(c, year),
      retention: pick ?? settings.retentionByKind[c.kind],
      chosen: pick !== undefined,
    };
  });
  const kindRank = (k: FilingKind) => filingKinds.indexOf(k);
  dated.sort(
    (a, b) =>
      retentions.indexOf(a.retention) - retentions.indexOf(b.retention) ||
      a.date.localeCompare(b.date) ||
      kindRank(a.c.kind) - kindRank(b.c.kind) ||
      a.c.recordId - b.c.recordId,
  );
  const counters = new Map<Retention, number>();
  return dated.map(({ c, date, retention, chosen: retentionChosen }) => {
    const itemNo = (counters.get(retention) ?? 0) + 1;
    counters.set(retention, itemNo);
    return {
      kind: c.kind,
      recordId: c.recordId,
      itemNo,
      archivalCode: archivalCode({ ...settings, year, retention, itemNo }),
      retention,
      retentionLabel: retentionLabels[retention],
      orgCode: settings.orgCode,
      title: c.title.trim(),
      responsible: c.responsible.trim() || groupName,
      docNo: c.docNo,
      date,
      retentionChosen,
    };
  });
}
