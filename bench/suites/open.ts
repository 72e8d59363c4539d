import Database from 'better-sqlite3';
import { openArchive } from '../../db/archive';
import { measure, type MeasureOptions } from '../measure';
import type { ArchiveKind, CaseResult } from '../results';

/**
 * Opening the archive as the app does (writer lock, schema-version check, pragmas, quick integrity
 * check, migrations check), beside the bare connection + quick_check it is built on.
 */
export async function runOpen(file: string, kind: ArchiveKind, o: MeasureOptions): Promise<CaseResult[]> {
  const timing = await measure(async () => {
    const archive = await openArchive(file);
    archive.close();
  }, o);
  const raw = await measure(() => {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('quick_check');
      return db.pragma('user_version', { simple: true });
    } finally {
      db.close();
    }
  }, o);
  return [
    {
      suite: 'open',
      archive: kind,
      area: 'open',
      name: 'open + migrate check + quick_check (+ close)',
      timing,
      raw,
      ratio: timing.p50 / raw.p50,
      note: 'raw: bare connection + quick_check',
    },
  ];
}
