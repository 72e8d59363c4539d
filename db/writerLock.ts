import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArchiveError } from './errors';

/**
 * One writer per archive file: a lock file `<archive>.lock` created with O_EXCL holding who owns
 * it. A second app instance, the browser-mode host or the CLI is refused with the owner named.
 * A lock left by a process that died (same computer, pid gone or started before the last boot)
 * is taken over; locks are released on close and, as a last resort, when the process exits.
 */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface WriterLock {
  readonly file: string;
  release(): void;
}

export const lockFileFor = (archiveFile: string) => `${archiveFile}.lock`;

/** Lock files this process holds, so the exit hook can remove them and a reused pid is not mistaken for us. */
const held = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const file of held) releaseFile(file);
  });
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.startedAt !== 'string') return null;
    return { pid: o.pid, host: o.host, startedAt: o.startedAt };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the owner is certainly gone; a lock from another computer is never judged stale from here. */
function isStale(owner: LockOwner | null, file: string): boolean {
  // Torn or empty: its writer died between creating and filling it — unless that is happening right now.
  if (!owner) return Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 5_000;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return !held.has(file);
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Date.parse(owner.startedAt) < bootedAt - 60_000) return true; // pids restart after a reboot
  return !pidAlive(owner.pid);
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function lockedMessage(owner: LockOwner | null): string {
  if (!owner) return '档案正被另一个程序使用，请先关闭它。';
  const where = owner.host === os.hostname() ? '' : `，在电脑 ${owner.host} 上`;
  return `档案正被另一个程序使用（进程 ${owner.pid}${where}，开始于 ${formatTime(owner.startedAt)}），请先关闭它。`;
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new ArchiveError('IO_ERROR', `无法在档案所在文件夹创建锁文件 ${path.basename(file)}：${(e as Error).message}`);
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function releaseFile(file: string): void {
  held.delete(file);
  const owner = readOwner(file);
  // Only remove our own lock: after a takeover the file may belong to someone else.
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) fs.rmSync(file, { force: true });
}

/** Takes the archive's writer lock or throws ARCHIVE_LOCKED with a message naming the owner. */
export function acquireWriterLock(archiveFile: string, now: Date = new Date()): WriterLock {
  const file = lockFileFor(path.resolve(archiveFile));
  const me: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: now.toISOString() };
  if (!tryCreate(file, me)) {
    const owner = readOwner(file);
    if (!isStale(owner, file)) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(owner));
    // Remove the stale lock only if it is still the one judged stale, then race for it fairly.
    const again = readOwner(file);
    if (JSON.stringify(again) === JSON.stringify(owner)) fs.rmSync(file, { force: true });
    if (!tryCreate(file, me)) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(readOwner(file)));
  }
  held.add(file);
  installExitHook();
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      releaseFile(file);
    },
  };
}
