import type Database from 'better-sqlite3';
import {
  rowPlace,
  type LedgerImportPreview,
  type LedgerImportRow,
  type LedgerUnknownName,
} from '../../../shared/contract/ledgerImport';
import { zhDate } from '../../../shared/zhDates';
import { nameMatcher } from '../../attendance/jielong/match';
import { rosterOf } from '../../attendance/jielong/preview';
import { prepared } from '../../repo/statements';
import { parseLedger } from './parse';

const titleKey = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** Rows already in the archive (a live activity on the same day with the same title) or earlier in the file. */
function markDuplicates(db: Database.Database, rows: LedgerImportRow[]): void {
  const sameDay = prepared(db, 'SELECT id, title FROM activities WHERE deleted_at IS NULL AND starts_on = ?');
  const inFile = new Map<string, LedgerImportRow>();
  for (const row of rows) {
    if (row.errors.length || !row.startsOn) continue;
    const key = `${row.startsOn} ${titleKey(row.title)}`;
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      row.duplicateOf = {
        source: 'file',
        line: earlier.line,
        message: `与${rowPlace(earlier)}是同一次活动（日期和名称相同），跳过`,
      };
      continue;
    }
    inFile.set(key, row);
    const existing = (sameDay.all(row.startsOn) as { id: number; title: string }[]).find(
      (a) => titleKey(a.title) === titleKey(row.title),
    );
    if (existing)
      row.duplicateOf = {
        source: 'archive',
        activityId: existing.id,
        message: `档案中已有 ${zhDate(row.startsOn)}“${existing.title}”，跳过`,
      };
  }
}

/**
 * The preview the clerk checks before importing a past years' ledger: every row with its date,
 * type, title and attendance, the bad rows with their reasons, the duplicates, and every name that
 * is not exactly one member, with the near matches offered. Nothing is written.
 */
export async function previewLedger(
  db: Database.Database,
  fileName: string,
  bytes: Uint8Array,
): Promise<LedgerImportPreview> {
  const parsed = await parseLedger(fileName, bytes);
  const match = nameMatcher(rosterOf(db));
  const matched = new Map<string, ReturnType<typeof match>>();
  const matchOf = (name: string) => matched.get(name) ?? matched.set(name, match(name)).get(name)!;
  const rows: LedgerImportRow[] = parsed.rows.map((r) => ({
    ...r,
    attendees: r.attendees.map((a) => {
      const m = matchOf(a.name);
      return m.match === 'exact' ? { ...a, memberId: m.memberId } : a;
    }),
  }));
  markDuplicates(db, rows);
  // Only the names of rows that will be imported need a decision.
  const unknown = new Map<string, LedgerUnknownName>();
  for (const r of rows.filter((row) => !row.errors.length && !row.duplicateOf)) {
    const year = Number(r.startsOn!.slice(0, 4));
    for (const a of r.attendees) {
      if (a.memberId !== undefined) continue;
      const u = unknown.get(a.name) ?? {
        name: a.name,
        rows: [],
        candidates: matchOf(a.name).candidates,
        firstYear: year,
        lastYear: year,
      };
      if (!u.rows.includes(rowPlace(r))) u.rows.push(rowPlace(r));
      u.firstYear = Math.min(u.firstYear, year);
      u.lastYear = Math.max(u.lastYear, year);
      unknown.set(a.name, u);
    }
  }
  const bad = rows.filter((r) => r.errors.length).length;
  const duplicates = rows.filter((r) => !r.errors.length && r.duplicateOf).length;
  const years = [
    ...new Set(rows.filter((r) => !r.errors.length && r.startsOn).map((r) => Number(r.startsOn!.slice(0, 4)))),
  ].sort();
  return {
    rows,
    good: rows.length - bad,
    bad,
    duplicates,
    years,
    headersMissing: parsed.headersMissing,
    headersUnknown: parsed.headersUnknown,
    yearSources: parsed.yearSources,
    unknownNames: [...unknown.values()],
  };
}
