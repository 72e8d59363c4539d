import fs from 'node:fs';
import path from 'node:path';

/**
 * A full disk (or a used-up quota) is one thing for the clerk, however it surfaces: SQLite's
 * SQLITE_FULL, the WAL index it cannot grow (SQLITE_IOERR_SHMSIZE, or another I/O error on a
 * disk found to have no room left), Node's ENOSPC and EDQUOT. It is never damage: SQLite rolls
 * the write back, the file stays as it was.
 */
const FULL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT']);
const MB = 1024 * 1024;
/** Less than this free and an I/O error is put down to the full disk. */
const NEARLY_FULL_BYTES = MB;

/** Free bytes for this user on the disk holding `dir` (or its nearest existing parent); null if unknown. */
export function freeBytes(dir: string): number | null {
  let d = path.resolve(dir);
  for (;;) {
    try {
      const s = fs.statfsSync(d);
      return s.bavail * s.bsize;
    } catch {
      const up = path.dirname(d);
      if (up === d) return null;
      d = up;
    }
  }
}

export function isDiskFull(e: unknown, dir?: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  if (FULL_CODES.has(code)) return true;
  if (dir === undefined || !/^SQLITE_(IOERR|CANTOPEN)/.test(code)) return false;
  const free = freeBytes(dir);
  return free !== null && free < NEARLY_FULL_BYTES;
}

/** `磁盘空间已满：还需要约 N MB…`: N is what the work needs beyond what is free, at least 1. */
export function diskFullMessage(neededBytes: number, dir: string | undefined, outcome = '本次操作未完成'): string {
  const free = dir === undefined ? 0 : (freeBytes(dir) ?? 0);
  const mb = Math.max(1, Math.ceil((neededBytes - free) / MB));
  return `磁盘空间已满：还需要约 ${mb} MB 可用空间，${outcome}。档案没有损坏；请清理这块磁盘（或把档案移到空间更大的磁盘）后重试。`;
}

const sizeOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/**
 * Room a piece of work needs, roughly: a save writes its rows and their audit copy into the WAL
 * (about twice its input) plus a checkpoint's worth of slack; an export or package holds a copy of
 * the year (the archive's size, photos included) and the files built from it; a backup is a copy
 * of the archive and its WAL.
 */
export function roomNeeded(archiveFile: string, work: 'open' | 'save' | 'export' | 'backup', inputBytes = 0): number {
  const archive = sizeOf(archiveFile) + sizeOf(`${archiveFile}-wal`);
  switch (work) {
    case 'open':
      return MB;
    case 'save':
      return 2 * inputBytes + 4 * MB;
    case 'export':
      return 2 * archive + 16 * MB;
    case 'backup':
      return archive + MB;
  }
}
