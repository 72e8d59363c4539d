import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, CreatedBackup } from '../../shared/contract/backups';
import { backupDirFor, type Archive } from '../archive';
import { diskFullMessage, isDiskFull, roomNeeded } from '../diskFull';
import { ArchiveError } from '../errors';
import { findBackup } from './list';
import { backupName } from './names';
import { readBackupSettings } from './settings';
import { verifyBackupFile } from './verify';

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/**
 * The online backup leaves the copy in WAL mode (page 1 is copied as is); a backup should be one
 * self-contained file that opening read-only does not grow -wal/-shm files beside.
 */
function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Copies a verified backup to the clerk's second folder; a failure there is reported, not thrown. */
function mirror(file: string, mirrorDir: string | null): string | null {
  if (!mirrorDir) return null;
  const target = path.join(mirrorDir, path.basename(file));
  const partial = path.join(mirrorDir, `.${path.basename(file)}.partial`);
  try {
    fs.copyFileSync(file, partial);
    const check = verifyBackupFile(partial);
    if (!check.ok) throw new Error(check.problem ?? '');
    fs.renameSync(partial, target);
    return null;
  } catch (e) {
    fs.rmSync(partial, { force: true });
    const why = isDiskFull(e, mirrorDir) ? diskFullMessage(fs.statSync(file).size, mirrorDir, '没有复制') : (e as Error).message;
    return `备份已保存，但复制到第二个文件夹 ${mirrorDir} 失败：${why}`;
  }
}

/**
 * Backs the open archive up with SQLite's online backup (never a file copy of an open database),
 * verifies the copy with integrity_check and only then gives it its final name, so a backup in the
 * list has passed the check once. Pre-migration backups are made by openArchive itself.
 */
export async function createBackup(
  archive: Archive,
  kind: Exclude<BackupKind, 'pre-migration'>,
  now: Date = new Date(),
): Promise<CreatedBackup> {
  const dir = backupDirFor(archive.file);
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(kind, now, (n) => fs.existsSync(path.join(dir, n)));
  const partial = path.join(dir, `.${name}.partial`);
  try {
    await archive.db.backup(partial);
    makeSelfContained(partial);
  } catch (e) {
    removeWithSidecars(partial);
    if (isDiskFull(e, dir)) throw new ArchiveError('IO_ERROR', diskFullMessage(roomNeeded(archive.file, 'backup'), dir, '备份没有完成'));
    throw new ArchiveError('IO_ERROR', `备份失败，档案未受影响：${(e as Error).message}`);
  }
  const check = verifyBackupFile(partial);
  if (!check.ok) {
    removeWithSidecars(partial);
    throw new ArchiveError('IO_ERROR', `备份未通过完整性检查，已丢弃：${check.problem}`);
  }
  const file = path.join(dir, name);
  fs.renameSync(partial, file);
  const mirrorProblem = mirror(file, readBackupSettings(dir).mirrorDir);
  return { ...findBackup(dir, name), mirrorProblem };
}
