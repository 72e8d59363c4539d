import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskFullMessage, isDiskFull, roomNeeded } from './diskFull';
import { ArchiveError } from './errors';

/**
 * One writer per archive file: a lock file `<real path of the archive>.lock` created with O_EXCL
 * holding who owns it. A second app instance, the browser-mode host or the CLI is refused with
 * the owner named, whatever name it uses for the file: symlinks and `..` resolve to the same real
 * path (on Windows in any letter case), and the file's identity (device + inode) is recorded so a
 * hard link is recognised too. SQLite keeps its WAL beside the name, so two names open at once
 * would mean two WALs and a damaged file; a file with more than one hard link is therefore
 * refused outright. A lock left by a process that died (same computer, pid gone or started
 * before the last boot) is taken over; locks are released on close and, as a last resort, when
 * the process exits.
 */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** `<device>:<inode>` of the archive file when it was locked (absent in locks of older versions). */
  identity?: string;
}

export interface WriterLock {
  readonly file: string;
  /** Records the file's identity once it exists (an archive created under the lock). */
  noteIdentity(): void;
  release(): void;
}

/**
 * The archive's real path: symlinks (of the file or any folder above it) and `..` resolved, the
 * letter case the disk stores on Windows. A file not created yet is named by its folder's real path.
 */
export function realArchivePath(archiveFile: string): string {
  const resolved = path.resolve(archiveFile);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

export const lockFileFor = (archiveFile: string) => `${realArchivePath(archiveFile)}.lock`;

/** What names the file itself, whatever it is called: device and inode (the file index on Windows). */
function identityOf(file: string): { identity: string; links: number } | null {
  const st = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return st ? { identity: `${st.dev}:${st.ino}`, links: Number(st.nlink) } : null;
}

/** Keys the in-process table by path the way the file system compares names. */
const pathKey = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);

/** Lock files this process holds, so the exit hook can remove them and a reused pid is not mistaken for us. */
const held = new Set<string>();
/** The identities of the archives this process holds, with the owner written into their lock. */
const heldIdentities = new Map<string, { owner: LockOwner; lockFile: string }>();
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
    const owner: LockOwner = { pid: o.pid, host: o.host, startedAt: o.startedAt };
    if (typeof o.identity === 'string') owner.identity = o.identity;
    return owner;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs (one owned by another user counts). */
export function pidAlive(pid: number): boolean {
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

function cannotLock(file: string, e: unknown): ArchiveError {
  const dir = path.dirname(file);
  if (isDiskFull(e, dir))
    return new ArchiveError('IO_ERROR', diskFullMessage(roomNeeded(file, 'open'), dir, '档案没有打开'));
  return new ArchiveError('IO_ERROR', `无法在档案所在文件夹创建锁文件 ${path.basename(file)}：${(e as Error).message}`);
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cannotLock(file, e);
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.fsyncSync(fd);
  } catch (e) {
    // A lock that could not be filled (a full disk) is removed: an empty one would block the next start.
    try {
      fs.closeSync(fd);
    } catch {
      // Closing reports the same full disk again; the file is removed either way.
    }
    fs.rmSync(file, { force: true });
    throw cannotLock(file, e);
  }
  fs.closeSync(fd);
  return true;
}

export function hardLinkMessage(file: string, links: number): string {
  return (
    `档案文件 ${file} 还有另一个名字（硬链接，共 ${links} 个）：两个名字同时打开时各记各的修改日志，档案会损坏，` +
    '所以不能打开。请删除多余的那个名字（硬链接），只留一个，再打开；需要副本请用程序内的“备份”。'
  );
}

/**
 * A live lock on this same file under another name, looked for beside the name being opened
 * (where a second hard link most often lies); null when none is found.
 */
function liveOwnerElsewhere(dir: string, identity: string, ownLock: string): LockOwner | null {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.lock'));
  } catch {
    return null;
  }
  for (const name of names) {
    const lock = path.join(dir, name);
    if (pathKey(lock) === pathKey(ownLock)) continue;
    const owner = readOwner(lock);
    if (owner?.identity === identity && !isStale(owner, lock)) return owner;
  }
  return null;
}

/** Refuses a second name of a file already open (here, or in a lock found beside it) and a hard-linked file. */
function assertOnlyName(archiveFile: string, lockFile: string): string | undefined {
  const id = identityOf(archiveFile);
  if (!id) return undefined;
  const mine = heldIdentities.get(id.identity);
  if (mine) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(mine.owner));
  if (id.links > 1) {
    const other = liveOwnerElsewhere(path.dirname(archiveFile), id.identity, lockFile);
    if (other) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(other));
    throw new ArchiveError('IO_ERROR', hardLinkMessage(archiveFile, id.links));
  }
  return id.identity;
}

function releaseFile(file: string): void {
  held.delete(file);
  for (const [identity, h] of heldIdentities) if (h.lockFile === file) heldIdentities.delete(identity);
  const owner = readOwner(file);
  // Only remove our own lock: after a takeover the file may belong to someone else.
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) fs.rmSync(file, { force: true });
}

/** Takes the archive's writer lock or throws ARCHIVE_LOCKED with a message naming the owner. */
export function acquireWriterLock(archiveFile: string, now: Date = new Date()): WriterLock {
  const real = realArchivePath(archiveFile);
  const file = `${real}.lock`;
  const me: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: now.toISOString() };
  // Checked before the lock is made, so a refusal leaves nothing behind.
  const identity = assertOnlyName(real, file);
  if (identity) me.identity = identity;
  if (!tryCreate(file, me)) {
    const owner = readOwner(file);
    if (!isStale(owner, file)) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(owner));
    // Remove the stale lock only if it is still the one judged stale, then race for it fairly.
    const again = readOwner(file);
    if (JSON.stringify(again) === JSON.stringify(owner)) fs.rmSync(file, { force: true });
    if (!tryCreate(file, me)) throw new ArchiveError('ARCHIVE_LOCKED', lockedMessage(readOwner(file)));
  }
  held.add(file);
  if (identity) heldIdentities.set(identity, { owner: me, lockFile: file });
  installExitHook();
  let released = false;
  return {
    file,
    noteIdentity() {
      const id = identityOf(real);
      if (!id || me.identity === id.identity) return;
      me.identity = id.identity;
      heldIdentities.set(id.identity, { owner: me, lockFile: file });
      fs.writeFileSync(file, JSON.stringify(me));
    },
    release() {
      if (released) return;
      released = true;
      releaseFile(file);
    },
  };
}
