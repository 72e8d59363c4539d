import fs from 'node:fs';
import type { MirrorState, MirrorStatus } from '../../shared/contract/backups';
import { fileSize } from '../../shared/fileSize';
import { listBackups } from './list';
import { readBackupSettings } from './settings';

/** The least free space the second folder should keep, whatever the archive's size. */
export const MIN_FREE_BYTES = 20 * 1024 * 1024;

/** Room for the next copy with some to spare: twice the newest backup, at least MIN_FREE_BYTES. */
export function neededFor(newestBackupBytes: number): number {
  return Math.max(2 * newestBackupBytes, MIN_FREE_BYTES);
}

export interface MirrorFacts {
  mirrorDir: string | null;
  exists: boolean;
  writable: boolean;
  freeBytes: number | null;
  neededBytes: number;
  /** The newest backup in the second folder, and the newest in the backup folder (ISO, UTC). */
  lastWrittenAt: string | null;
  newestBackupAt: string | null;
}

/** The state and the clerk's sentence from what the file system says (no file system here: testable alone). */
export function judgeMirror(f: MirrorFacts): { state: MirrorState; summary: string } {
  const dir = f.mirrorDir;
  if (!dir)
    return {
      state: 'unset',
      summary: '还没有设置第二个备份文件夹。建议选择U盘（或另一块磁盘）上的一个文件夹，每次备份都会再复制一份到那里。',
    };
  if (!f.exists)
    return {
      state: 'missing',
      summary: `找不到第二个备份文件夹 ${dir}：U盘可能没有插好。插好后，下一次备份会复制过去。`,
    };
  if (!f.writable)
    return {
      state: 'not-writable',
      summary: `第二个备份文件夹 ${dir} 不能写入（U盘可能有写保护，或没有权限），备份无法复制过去。`,
    };
  if (f.freeBytes !== null && f.freeBytes < f.neededBytes)
    return {
      state: 'low-space',
      summary: `第二个备份文件夹所在的磁盘只剩 ${fileSize(f.freeBytes)}，不够再复制备份（至少需要 ${fileSize(f.neededBytes)}）。请清理U盘或换一个文件夹。`,
    };
  const room = f.freeBytes === null ? '' : `，剩余空间 ${fileSize(f.freeBytes)}`;
  if (!f.lastWrittenAt)
    return { state: 'ok', summary: `第二个备份文件夹可以使用${room}；还没有复制过备份，下一次备份时会复制过去。` };
  if (f.newestBackupAt && f.lastWrittenAt < f.newestBackupAt)
    return {
      state: 'ok',
      summary: `第二个备份文件夹可以使用${room}；但最近的备份没有复制过去（当时U盘可能没有插上），下一次备份时会复制。`,
    };
  return { state: 'ok', summary: `第二个备份文件夹可以使用${room}，最近的备份已复制过去。` };
}

function freeBytesOf(dir: string): number | null {
  try {
    const s = fs.statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

function isWritable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** How the second folder of `backupDir`'s settings stands right now. */
export function mirrorStatus(backupDir: string): MirrorStatus {
  const { mirrorDir } = readBackupSettings(backupDir);
  const newest = listBackups(backupDir)[0];
  const neededBytes = neededFor(newest?.size ?? 0);
  const exists = !!mirrorDir && !!fs.statSync(mirrorDir, { throwIfNoEntry: false })?.isDirectory();
  const facts: MirrorFacts = {
    mirrorDir,
    exists,
    writable: exists && isWritable(mirrorDir!),
    freeBytes: exists ? freeBytesOf(mirrorDir!) : null,
    neededBytes,
    lastWrittenAt: exists ? (listBackups(mirrorDir!)[0]?.createdAt ?? null) : null,
    newestBackupAt: newest?.createdAt ?? null,
  };
  const { state, summary } = judgeMirror(facts);
  return { mirrorDir, state, lastWrittenAt: facts.lastWrittenAt, freeBytes: facts.freeBytes, neededBytes, summary };
}
