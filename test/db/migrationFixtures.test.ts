import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, openArchive } from '../../db/archive';
import { LATEST_VERSION, migrations, type Migration } from '../../db/migrations';
import { tempDir } from '../helpers/archive';
import { archiveDigest, rowCounts, tableShapes, type TableShape } from '../helpers/digest';
import { v1Archive } from '../fixtures/v1Archive';

/** A v1 archive with data in every table (test/fixtures/v1Archive.ts). */
let FIXTURE: string;

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s));

/** What the fixture holds, read from a throwaway copy so even a read cannot touch the original. */
interface Snapshot {
  shapes: TableShape[];
  counts: Record<string, number>;
  digest: string;
}

function snapshot(file: string, shapes?: TableShape[]): Snapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const s = shapes ?? tableShapes(db);
    return { shapes: s, counts: rowCounts(db, s), digest: archiveDigest(db, s) };
  } finally {
    db.close();
  }
}

let dir: string;
let file: string;
let v1: Snapshot;
let fixtureHash: string;
beforeAll(async () => {
  FIXTURE = await v1Archive();
  fixtureHash = sha(FIXTURE);
});

beforeEach(() => {
  dir = tempDir('fixture-test-');
  file = path.join(dir, 'archive.sqlite');
  fs.copyFileSync(FIXTURE, file);
  const probe = path.join(dir, 'probe.sqlite');
  fs.copyFileSync(FIXTURE, probe);
  v1 = snapshot(probe);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  // The fixture itself must never be written to by any test.
  expect(sha(FIXTURE)).toBe(fixtureHash);
});

describe('the v1 fixture', () => {
  it('is a v1 archive with rows in every table', () => {
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    const empty = Object.entries(v1.counts).filter(([, n]) => n === 0);
    expect(empty).toEqual([]);
    expect(Object.keys(v1.counts)).toEqual(
      expect.arrayContaining(['members', 'activity_participants', 'blobs', 'audit_log']),
    );
  });
});

describe('opening the v1 fixture with the current migrations', () => {
  it('migrates to the latest version and loses nothing: same row counts and the same v1 rows', async () => {
    const a = await openArchive(file);
    expect(a.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(a.migrated).toEqual(migrations.slice(1).map((m) => m.version));
    // Only v1's tables and columns are compared: a later migration may add, never take away.
    expect(rowCounts(a.db, v1.shapes)).toEqual(v1.counts);
    expect(archiveDigest(a.db, v1.shapes)).toBe(v1.digest);
    expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(a.db.pragma('foreign_key_check')).toEqual([]);
    a.close();
  });
});

describe('an archive from a newer app', () => {
  /** The fixture stamped as made by the next version of the app, its WAL checkpointed away. */
  function stampNewer(): string {
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(sidecars(file)).toEqual([]);
    return sha(file);
  }

  it('is refused with a Chinese message and the file stays byte-identical, with no backup made', async () => {
    const before = stampNewer();
    await expect(openArchive(file)).rejects.toMatchObject({
      code: 'SCHEMA_TOO_NEW',
      message: expect.stringMatching(/更新版本/),
    });
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(backupDirFor(file))).toBe(false);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  // A read-only SQLite connection would leave -wal/-shm behind; the version is read from the header.
  it('leaves no -wal/-shm beside the refused file', async () => {
    stampNewer();
    await expect(openArchive(file)).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    expect(sidecars(file)).toEqual([]);
  });
});

describe('a migration that fails midway', () => {
  // Statements before the failing one do run inside the transaction, so the rollback is real work.
  const failingV2: Migration = {
    version: 2,
    name: '中途失败的测试步骤',
    sql: `ALTER TABLE members ADD COLUMN nickname TEXT;
          UPDATE members SET name = name || '（已改）';
          DELETE FROM audit_log;
          CREATE TABLE half_done (x INTEGER) STRICT;
          ALTER TABLE no_such_table ADD COLUMN y TEXT;`,
  };

  it('rolls back to v1 with every row intact and leaves the pre-migration backup', async () => {
    await expect(openArchive(file, { migrations: [migrations[0], failingV2] })).rejects.toThrow(/no_such_table/);

    const after = snapshot(file);
    expect(after.shapes).toEqual(v1.shapes);
    expect(after.counts).toEqual(v1.counts);
    expect(after.digest).toBe(v1.digest);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const backups = fs.readdirSync(backupDirFor(file));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^pre-migration-v1-.*\.sqlite$/);
    const copy = snapshot(path.join(backupDirFor(file), backups[0]));
    expect(copy.digest).toBe(v1.digest);
  });

  it('can be opened again afterwards, by the same app, as the v1 file it was', async () => {
    await expect(openArchive(file, { migrations: [migrations[0], failingV2] })).rejects.toThrow();
    const a = await openArchive(file, { migrations: [migrations[0]] });
    expect(a.migrated).toEqual([]);
    expect(archiveDigest(a.db, v1.shapes)).toBe(v1.digest);
    a.close();
  });
});
