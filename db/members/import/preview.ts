import type Database from 'better-sqlite3';
import type { ImportPreview } from '../../../shared/contract/memberImport';
import { markDuplicates } from './duplicates';
import { parseRoster } from './parse';

/** The preview the clerk checks before importing: every row with its problems, nothing written. */
export async function previewImport(
  db: Database.Database,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportPreview> {
  const parsed = await parseRoster(fileName, bytes);
  markDuplicates(db, parsed.rows);
  const bad = parsed.rows.filter((r) => r.errors.length).length;
  const duplicates = parsed.rows.filter((r) => !r.errors.length && r.duplicateOf).length;
  return { ...parsed, good: parsed.rows.length - bad, bad, duplicates };
}
