import type { CreatedBackup } from '../../shared/contract/backups';
import path from 'node:path';
import { backupDirFor, type Archive } from '../archive';
import { diskFullMessage, isDiskFull, roomNeeded } from '../diskFull';
import { recordChecks } from './checks';
import { createBackup } from './create';
import { listBackups } from './list';
import { rotateBackups, type RotationReport } from './rotate';
import { readBackupSettings } from './settings';

export interface OpenBackupOutcome {
  /** Today's daily backup, or null when one was already made today. */
  created: CreatedBackup | null;
  rotation: RotationReport;
  /** Chinese sentences for the clerk (a failed backup, bad backups, a failed second copy); empty when all is well. */
  warnings: string[];
}

/** Why the backup failed, in the clerk's words: a full disk gets the one full-disk message. */
function whyNot(e: unknown, archive: Archive): string {
  const dir = backupDirFor(archive.file);
  if (isDiskFull(e, path.dirname(dir))) return diskFullMessage(roomNeeded(archive.file, 'backup'), dir, '备份没有完成').replace(/。$/, '');
  return (e as Error).message;
}

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * The daily backup: hosts call this right after opening the archive. It makes at most one daily
 * backup per local calendar day, then rotates the backup folder (and the second copy's folder).
 * It never throws: a failed backup must not stop the clerk from working, it is reported instead.
 */
export async function backupOnOpen(archive: Archive, now: Date = new Date()): Promise<OpenBackupOutcome> {
  try {
    return await dailyBackupAndRotation(archive, now);
  } catch (e) {
    // The backup folder itself is unusable (a file in its place, no permission…).
    return {
      created: null,
      rotation: { kept: [], removed: [], bad: [] },
      warnings: [`今天的自动备份没有成功：${whyNot(e, archive)}。请检查备份文件夹 ${backupDirFor(archive.file)}。`],
    };
  }
}

async function dailyBackupAndRotation(archive: Archive, now: Date): Promise<OpenBackupOutcome> {
  const dir = backupDirFor(archive.file);
  const warnings: string[] = [];
  let created: CreatedBackup | null = null;
  const doneToday = listBackups(dir).some((b) => b.kind === 'daily' && sameLocalDay(new Date(b.createdAt), now));
  if (!doneToday) {
    try {
      created = await createBackup(archive, 'daily', now);
      if (created.mirrorProblem) warnings.push(created.mirrorProblem);
    } catch (e) {
      warnings.push(`今天的自动备份没有成功：${whyNot(e, archive)}`);
    }
  }
  const rotation = rotateBackups(dir);
  try {
    recordChecks(dir, rotation.bad, now);
  } catch {
    // Only the record is lost: the warnings below still name each bad backup.
  }
  for (const bad of rotation.bad) warnings.push(`备份 ${bad.name} 已损坏（${bad.problem}），它不计入保留的备份。`);
  const { mirrorDir } = readBackupSettings(dir);
  if (mirrorDir) {
    try {
      rotateBackups(mirrorDir);
    } catch (e) {
      warnings.push(`第二个备份文件夹 ${mirrorDir} 的旧备份清理失败：${(e as Error).message}`);
    }
  }
  return { created, rotation, warnings };
}
