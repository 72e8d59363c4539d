import Database from 'better-sqlite3';
import path from 'node:path';
import type { RestoreOutcome } from '../../shared/contract/backups';
import { backupDirFor, type Archive } from '../archive';
import { ArchiveError } from '../errors';
import { assertNotNewer, runMigrations } from '../migrate';
import { LATEST_VERSION } from '../migrations';
import { createBackup } from './create';
import { findBackup } from './list';
import { verifyBackupFile } from './verify';

/**
 * Replaces the archive's data with a backup's. The backup is checked first (integrity, not from a
 * newer app), the current data is backed up as pre-restore so the restore can be undone, then
 * SQLite's online backup copies the backup file's pages into the archive file.
 *
 * Why an online backup into the open file rather than close/swap/reopen: the hosts, the dispatcher
 * and every handler hold this one connection, and the copy is a single write transaction on the
 * archive (the destination stays locked from the first page to the last), so a crash midway leaves
 * the old data whole. The open connection sees the new schema cookie and reloads by itself.
 */
export async function restoreBackup(archive: Archive, name: string, now: Date = new Date()): Promise<RestoreOutcome> {
  const dir = backupDirFor(archive.file);
  const restored = findBackup(dir, name);
  const file = path.join(dir, name);
  const check = verifyBackupFile(file);
  if (!check.ok) throw new ArchiveError('ARCHIVE_CORRUPT', `备份 ${name} 已损坏，不能用来恢复：${check.problem}`);
  assertNotNewer(check.schemaVersion ?? 0, LATEST_VERSION);

  const undo = await createBackup(archive, 'pre-restore', now);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // Pages per step: all of them, so the copy is one step and no other call slips in between.
    await source.backup(archive.file, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } catch (e) {
    throw new ArchiveError('IO_ERROR', `恢复失败，档案保持原样：${(e as Error).message}`);
  } finally {
    source.close();
  }
  const rows = archive.db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0].integrity_check !== 'ok') {
    throw new ArchiveError('ARCHIVE_CORRUPT', `恢复后的档案未通过完整性检查，请从恢复前备份 ${undo.name} 再次恢复。`);
  }
  const migrated = runMigrations(archive.db);
  return { restored, undo, migrated };
}
