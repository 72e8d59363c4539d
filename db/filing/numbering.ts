import type Database from 'better-sqlite3';
import type { FilingChange, FilingYear } from '../../shared/contract/filing';
import type { FilingItem, FilingKind } from '../../shared/filing';
import { yearItems } from './yearItems';

interface Filed {
  kind: FilingKind;
  recordId: number;
  archivalCode: string;
  title: string;
  filedAt: string;
}

const key = (x: { kind: FilingKind; recordId: number }) => `${x.kind}:${x.recordId}`;

function filedNumbers(db: Database.Database, year: number): Filed[] {
  return db
    .prepare(
      `SELECT kind, record_id AS recordId, archival_code AS archivalCode, title, filed_at AS filedAt
       FROM filing_numbers WHERE year = ? ORDER BY archival_code`,
    )
    .all(year) as Filed[];
}

/** What differs between the numbers last filed and the items now: added, removed, renumbered. */
function changesOf(filed: Filed[], items: FilingItem[]): FilingChange[] {
  if (filed.length === 0) return [];
  const before = new Map(filed.map((f) => [key(f), f]));
  const now = new Set(items.map(key));
  const changes: FilingChange[] = [];
  for (const item of items) {
    const was = before.get(key(item));
    if (!was || was.archivalCode !== item.archivalCode)
      changes.push({ kind: item.kind, recordId: item.recordId, title: item.title, before: was?.archivalCode ?? null, after: item.archivalCode });
  }
  for (const f of filed) {
    if (!now.has(key(f))) changes.push({ kind: f.kind, recordId: f.recordId, title: f.title, before: f.archivalCode, after: null });
  }
  return changes;
}

/** The year's items and how they differ from the last recorded filing. */
export function filingYear(db: Database.Database, year: number): FilingYear {
  const filed = filedNumbers(db, year);
  const items = yearItems(db, year);
  return { year, items, filedAt: filed[0]?.filedAt ?? null, changes: changesOf(filed, items) };
}

/**
 * Records the year's numbers as filed now and returns what changed since the last filing. When
 * nothing changed nothing is written, so compiling the same year twice leaves the archive (and the
 * package's snapshot of it) as it was.
 */
export function recordFiling(db: Database.Database, year: number, now = new Date()): FilingYear {
  return db.transaction(() => {
    const filed = filedNumbers(db, year);
    const items = yearItems(db, year);
    const changes = changesOf(filed, items);
    const same =
      filed.length === items.length &&
      changes.length === 0 &&
      filed.every((f) => items.some((i) => key(i) === key(f) && i.title === f.title));
    if (same && filed.length > 0) return { year, items, filedAt: filed[0].filedAt, changes: [] };
    const at = now.toISOString();
    db.prepare('DELETE FROM filing_numbers WHERE year = ?').run(year);
    const insert = db.prepare(
      `INSERT INTO filing_numbers (year, kind, record_id, archival_code, title, filed_at)
       VALUES (@year, @kind, @recordId, @archivalCode, @title, @at)`,
    );
    for (const i of items) insert.run({ year, kind: i.kind, recordId: i.recordId, archivalCode: i.archivalCode, title: i.title, at });
    return { year, items, filedAt: items.length > 0 ? at : null, changes };
  })();
}
