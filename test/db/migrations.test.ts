import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDirFor, openArchive } from '../../db/archive';
import { ArchiveError } from '../../db/errors';
import { LATEST_VERSION, migrations, type Migration } from '../../db/migrations';
import { tempDir } from '../helpers/archive';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return path.join(d, 'archive.sqlite');
};
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** The schema as SQLite holds it, one statement per line block, in a stable order. */
function schemaText(db: Database.Database): string {
  const rows = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/[ \t]+$/gm, '')};\n`).join('\n');
}

describe('opening and migrating an archive', () => {
  it('creates a new archive at the latest version with the pragmas the design asks for', async () => {
    const a = await openArchive(fresh());
    expect(a.migrated).toEqual(migrations.map((m) => m.version));
    expect(a.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(a.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(a.db.pragma('foreign_keys', { simple: true })).toBe(1);
    a.close();
  });

  it('matches the committed schema snapshot', async () => {
    const a = await openArchive(fresh());
    await expect(schemaText(a.db)).toMatchFileSnapshot('../../db/migrations/schema.snapshot.sql');
    a.close();
  });

  it('refuses an archive from a newer app and leaves the file byte-identical', async () => {
    const file = fresh();
    const db = new Database(file);
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = sha(file);
    await expect(openArchive(file)).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    await expect(openArchive(file)).rejects.toBeInstanceOf(ArchiveError);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(backupDirFor(file))).toBe(false);
  });

  it('backs the file up before migrating and keeps the data across the step', async () => {
    const file = fresh();
    const v1 = await openArchive(file);
    v1.db.prepare("INSERT INTO members (name) VALUES ('张伟')").run();
    v1.close();
    const v2: Migration = { version: LATEST_VERSION + 1, name: 'test step', sql: 'ALTER TABLE members ADD COLUMN nickname TEXT;' };
    const a = await openArchive(file, { migrations: [...migrations, v2] });
    expect(a.migrated).toEqual([LATEST_VERSION + 1]);
    expect(a.db.prepare('SELECT name, nickname FROM members').all()).toEqual([{ name: '张伟', nickname: null }]);
    a.close();
    const backups = fs.readdirSync(backupDirFor(file));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(backupDirFor(file), backups[0]), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT name FROM members').all()).toEqual([{ name: '张伟' }]);
    copy.close();
  });

  it('rolls every pending step back when one fails, leaving the pre-migration backup', async () => {
    const file = fresh();
    (await openArchive(file)).close();
    const ok: Migration = { version: LATEST_VERSION + 1, name: 'ok', sql: 'CREATE TABLE extra (x INTEGER) STRICT;' };
    const bad: Migration = { version: LATEST_VERSION + 2, name: 'bad', sql: 'ALTER TABLE no_such_table ADD COLUMN y TEXT;' };
    await expect(openArchive(file, { migrations: [...migrations, ok, bad] })).rejects.toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    db.close();
    expect(fs.readdirSync(backupDirFor(file))).toHaveLength(1);
  });

  it('refuses a file that is not an archive with a Chinese message', async () => {
    const file = fresh();
    fs.writeFileSync(file, 'this is not sqlite at all, just some text that is long enough to look like a header');
    await expect(openArchive(file)).rejects.toMatchObject({ code: expect.stringMatching(/ARCHIVE_CORRUPT|IO_ERROR/) });
  });
});
