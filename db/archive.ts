import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { diskFullMessage, isDiskFull, roomNeeded } from './diskFull';
import { ArchiveError } from './errors';
import { migrations as allMigrations, type Migration } from './migrations';
import { assertNotNewer, runMigrations, schemaVersion } from './migrate';
import { checkNetworkShare } from './networkShare';
import { acquireWriterLock } from './writerLock';
import { stopExportWorker } from './export/worker/exportWorkerPool';

/**
 * An open archive: one better-sqlite3 connection that owns the file while the app runs, and one
 * opened read-only beside it for the contract's read methods (a list or a search cannot write,
 * whatever its code does: SQLite refuses).
 */
export interface Archive {
  readonly db: Database.Database;
  /** The read-only connection (WAL: it sees every committed write of `db`). */
  readonly reader: Database.Database;
  readonly file: string;
  /** Versions migrated on this open (empty when the file was current). */
  readonly migrated: number[];
  /**
   * What the clerk should hear about this archive while it is open (it lies on a network share,
   * today's backup failed…), in Chinese; hosts add to it, meta.info reports it.
   */
  readonly notices: string[];
  /** Closes the connection and releases the writer lock. */
  close(): void;
}

export interface OpenOptions {
  /** Where pre-migration backups go; defaults to `<archive>.backups/` beside the file. */
  backupDir?: string;
  /** The schema history to bring the file up to (tests pass their own). */
  migrations?: Migration[];
}

export function backupDirFor(file: string): string {
  return `${file}.backups`;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL, which may lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function quickCheck(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0].quick_check !== 'ok') {
    throw new ArchiveError(
      'ARCHIVE_CORRUPT',
      `档案文件 ${path.basename(file)} 完整性检查未通过，可能已损坏。请从备份恢复，不要继续写入。`,
    );
  }
}

/** Bytes 60–63 of a SQLite file's header hold PRAGMA user_version (big-endian). */
const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the schema version without writing a byte beside the file. With no pending WAL the header
 * is read directly, since even a read-only SQLite connection leaves -wal/-shm files behind; with a
 * non-empty WAL (an app that was killed) the header may be stale, so SQLite reads it.
 */
function peekVersion(file: string): number {
  const wal = `${file}-wal`;
  if (!(fs.existsSync(wal) && fs.statSync(wal).size > 0)) {
    const head = Buffer.alloc(100);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (!head.subarray(0, 16).equals(HEADER)) {
      throw new ArchiveError('ARCHIVE_CORRUPT', `${path.basename(file)} 不是有效的档案文件（不是 SQLite 数据库）。`);
    }
    return head.readInt32BE(60);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new ArchiveError('IO_ERROR', `无法打开档案文件 ${file}：${(e as Error).message}`);
  }
  try {
    return schemaVersion(db);
  } catch {
    throw new ArchiveError('ARCHIVE_CORRUPT', `${path.basename(file)} 不是有效的档案文件（无法读取 SQLite 结构）。`);
  } finally {
    db.close();
  }
}

/**
 * SQLite quietly opens a file it cannot write as read-only and only fails at the first save; the
 * clerk should hear at once, before typing anything.
 */
function assertWritable(file: string): void {
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    throw new ArchiveError(
      'IO_ERROR',
      `档案文件 ${file} 是只读的，无法保存修改。请检查文件属性或所在磁盘（U 盘写保护、光盘等），或把它复制到可写的文件夹再打开。`,
    );
  }
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
}

/**
 * Opens (or creates) an archive file: refuses a newer schema untouched, checks integrity,
 * backs the file up with SQLite's online backup before migrating, then migrates in one transaction.
 */
async function openConnection(file: string, options: OpenOptions): Promise<Omit<Archive, 'notices'>> {
  const list = options.migrations ?? allMigrations;
  const latest = list.length;
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists) {
    assertNotNewer(peekVersion(file), latest);
    assertWritable(file);
  } else fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const db = new Database(file);
  try {
    applyPragmas(db);
    if (exists) quickCheck(db, file);
    const version = schemaVersion(db);
    if (exists && version > 0 && version < latest) {
      const dir = options.backupDir ?? backupDirFor(file);
      fs.mkdirSync(dir, { recursive: true });
      await db.backup(path.join(dir, `pre-migration-v${version}-${stamp()}.sqlite`));
    }
    const migrated = runMigrations(db, list);
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    reader.pragma('busy_timeout = 5000');
    return {
      db,
      reader,
      file,
      migrated,
      close() {
        void stopExportWorker();
        if (reader.open) reader.close();
        if (!db.open) return;
        try {
          db.pragma('optimize');
        } catch {
          // Only a hint for the query planner: a file that became unwritable must still close.
        }
        db.close();
      },
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Opens an archive for writing: first takes the one-writer lock (a second program on the same file
 * is refused before it reads a byte), released again on close or when opening fails.
 */
export async function openArchive(file: string, options: OpenOptions = {}): Promise<Archive> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const lock = acquireWriterLock(file);
  try {
    const archive = await openConnection(file, options);
    lock.noteIdentity();
    return {
      ...archive,
      notices: [checkNetworkShare(file)].filter((n): n is string => n !== null),
      close() {
        try {
          archive.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (e) {
    lock.release();
    const dir = path.dirname(path.resolve(file));
    if (!(e instanceof ArchiveError) && isDiskFull(e, dir))
      throw new ArchiveError('IO_ERROR', diskFullMessage(roomNeeded(file, 'open'), dir, '档案没有打开'));
    throw e;
  }
}
