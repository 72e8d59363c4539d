import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { migrations } from '../../db/migrations';
import { pinyinKey } from '../../db/members/order/pinyinKey';
import { tempDir } from '../helpers/archive';
import type { MemberName } from '../../shared/contract/members';

/** This migration's number, looked up by name so a renumbering touches only the migration list. */
const MINE = migrations.find((m) => m.name === '姓名排序键')!.version;

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir('migration-name-order-');
  file = path.join(dir, 'archive.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An archive one version before this migration, its members written as that version did. */
async function archiveBefore(): Promise<void> {
  (await openArchive(file, { migrations: migrations.filter((m) => m.version < MINE) })).close();
  const db = new Database(file);
  const insert = db.prepare('INSERT INTO members (name, name_initials, deleted_at) VALUES (?, ?, ?)');
  for (const [name, initials] of [
    ['张三', 'zs'],
    ['曾伟', 'zw'],
    ['解明', 'xm'],
    ['单磊', 'sl'],
    ['仇芳', 'qf'],
    ['陈一', 'cy'],
  ])
    insert.run(name, initials, null);
  insert.run('𰻞面', 'm', '2026-01-01T00:00:00.000Z'); // in the recycle bin, a character outside the data
  expect(db.pragma('user_version', { simple: true })).toBe(MINE - 1);
  db.close();
}

describe(`migration ${MINE}: names in the order official lists use`, () => {
  it('fills every member’s key, those in the recycle bin too, and reads them in pinyin order', async () => {
    await archiveBefore();
    const a = await openArchive(file);
    expect(a.migrated).toEqual(migrations.filter((m) => m.version >= MINE).map((m) => m.version));
    const rows = a.db.prepare('SELECT name, name_key AS key FROM members ORDER BY id').all() as {
      name: string;
      key: string;
    }[];
    expect(rows.map((r) => r.key)).toEqual(rows.map((r) => pinyinKey(r.name)));
    expect(rows.find((r) => r.name === '𰻞面')!.key).toBe('~030ede-mian4 𰻞面');
    expect(a.db.prepare('SELECT name_order FROM group_settings').pluck().get()).toBe('pinyin');
    const names = await createDispatcher(a)('members.names', {});
    expect(names.ok && (names.value as MemberName[]).map((m) => m.name)).toEqual(['陈一', '仇芳', '单磊', '解明', '曾伟', '张三']);
    a.close();
  });

  it('reads the pickers’ names in key order from the rebuilt index, without sorting', async () => {
    const a = await openArchive(file);
    const plan = (
      a.db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id, name, name_initials, sector, status FROM members INDEXED BY members_names
           WHERE deleted_at IS NULL AND (@status IS NULL OR status = @status) ORDER BY name_key, id`,
        )
        .all({ status: null }) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toContain('USING INDEX members_names');
    expect(plan).not.toContain('TEMP B-TREE');
    a.close();
  });

  it('refuses an order the archive does not know', async () => {
    const a = await openArchive(file);
    expect(() => a.db.prepare("UPDATE group_settings SET name_order = 'alphabet'").run()).toThrow(/CHECK/);
    a.close();
  });
});
