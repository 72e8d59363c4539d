import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import { backupOnOpen } from '../../db/backup/schedule';
import { LATEST_VERSION } from '../../db/migrations';
import { tempDir, testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
let extra: string[];
beforeEach(async () => {
  t = await testArchive();
  extra = [];
});
afterEach(() => {
  t.close();
  extra.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const dir = () => backupDirFor(t.file);
const files = () => fs.readdirSync(dir()).filter((f) => f.endsWith('.sqlite')).sort();

/** A digest of every row of every table, so two states of the archive compare exactly. */
function digest(db: Database.Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const hash = crypto.createHash('sha256');
  for (const { name } of tables) {
    const rows = (db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
    hash.update(`${name}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

async function fill() {
  const zhang = await t.must('members.create', { name: '张伟', sector: '经济界', phone: '13812345678' });
  const li = await t.must('members.create', { name: '李红', sector: '农业界' });
  await t.must('activities.create', {
    type: 'inspection',
    title: '视察全镇安全生产工作',
    startsOn: '2026-05-14',
    participants: [
      { memberId: zhang.id, attendance: 'present' },
      { memberId: li.id, attendance: 'excused', leaveReason: '外出学习' },
    ],
  });
  return { zhang, li };
}

describe('backups', () => {
  it('creates a verified, self-contained manual backup that lists newest first', async () => {
    await fill();
    const b = await t.must('backups.create', {});
    expect(b.kind).toBe('manual');
    expect(b.name).toMatch(/^manual-\d{8}-\d{6}\.sqlite$/);
    expect(b.mirrorProblem).toBeNull();
    // One file, no -wal/-shm left beside it, and no half-written partial.
    expect(fs.readdirSync(dir())).toEqual([b.name]);
    const second = await t.must('backups.create', {});
    expect(second.name).not.toBe(b.name);
    const list = await t.must('backups.list', {});
    expect(list.map((x) => x.name)).toEqual([second.name, b.name]);
    expect(list[0].size).toBeGreaterThan(0);

    const copy = new Database(path.join(dir(), b.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM members ORDER BY id').all()).toEqual([{ name: '张伟' }, { name: '李红' }]);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(await t.must('backups.verify', { name: b.name })).toEqual({
      name: b.name,
      ok: true,
      schemaVersion: LATEST_VERSION,
      problem: null,
    });
  });

  it('reports a damaged backup and refuses to restore from it, writing nothing', async () => {
    await fill();
    const b = await t.must('backups.create', {});
    const file = path.join(dir(), b.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4096, bytes.length - 4096); // pages after the first one are garbage
    fs.writeFileSync(file, bytes);
    const check = await t.must('backups.verify', { name: b.name });
    expect(check.ok).toBe(false);
    expect(check.problem).toBeTruthy();

    const before = digest(t.archive.db);
    const r = await t.call('backups.restore', { name: b.name });
    expect(r.ok ? null : r.error.code).toBe('ARCHIVE_CORRUPT');
    expect(r.ok ? '' : r.error.message).toContain('已损坏，不能用来恢复');
    expect(digest(t.archive.db)).toBe(before);
    expect(files()).toEqual([b.name]); // no pre-restore backup was made
  });

  it('restores a backup exactly, backs up the current data first, and the restore can be undone', async () => {
    const { zhang, li } = await fill();
    const atBackup = digest(t.archive.db);
    const b = await t.must('backups.create', {});

    await t.must('members.update', { id: zhang.id, patch: { phone: '13900001111' } });
    await t.must('members.delete', { id: li.id });
    await t.must('members.create', { name: '王建国' });
    await t.must('group.update', { name: '东湖镇政协联络组' });
    const beforeRestore = digest(t.archive.db);
    expect(beforeRestore).not.toBe(atBackup);

    const out = await t.must('backups.restore', { name: b.name });
    expect(out.restored.name).toBe(b.name);
    expect(out.undo.kind).toBe('pre-restore');
    expect(out.migrated).toEqual([]);
    expect(digest(t.archive.db)).toBe(atBackup);
    // The same open connection, the same dispatcher, keep working on the restored data.
    expect((await t.must('members.list', {})).items.map((m) => m.name)).toEqual(
      expect.arrayContaining(['张伟', '李红']),
    );
    expect((await t.must('group.get', {})).name).not.toBe('东湖镇政协联络组');

    await t.must('backups.restore', { name: out.undo.name });
    expect(digest(t.archive.db)).toBe(beforeRestore);
    const added = await t.must('members.create', { name: '赵敏' });
    expect(added.id).toBeGreaterThan(0);
    expect(t.archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a backup from a newer app, leaving the archive and the backup folder as they were', async () => {
    await fill();
    const b = await t.must('backups.create', {});
    const db = new Database(path.join(dir(), b.name));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = digest(t.archive.db);
    const r = await t.call('backups.restore', { name: b.name });
    expect(r.ok ? null : r.error.code).toBe('SCHEMA_TOO_NEW');
    expect(digest(t.archive.db)).toBe(before);
    expect(files()).toEqual([b.name]);
  });

  it('takes only names from the list: paths and unknown names are refused', async () => {
    await t.must('backups.create', {});
    for (const name of ['../archive.sqlite', '..\\archive.sqlite', '/etc/passwd', 'sub/manual-20260101-000000.sqlite', '']) {
      const r = await t.call('backups.restore', { name });
      expect(r.ok ? null : r.error.code, name).toBe('INVALID_INPUT');
    }
    const r = await t.call('backups.verify', { name: '..' });
    expect(r.ok ? '' : r.error.message).toContain('备份名称不能包含路径');
    const missing = await t.call('backups.restore', { name: 'manual-20200101-000000.sqlite' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    // The archive file itself sits beside the folder, never inside it: it is no backup.
    const self = await t.call('backups.verify', { name: 'archive.sqlite' });
    expect(self.ok ? null : self.error.code).toBe('NOT_FOUND');
    expect(files()).toHaveLength(1);
  });

  it('copies every backup to the second folder the clerk chose, and reports when it cannot', async () => {
    const mirror = tempDir('mirror-');
    extra.push(mirror);
    expect(await t.must('backups.getSettings', {})).toEqual({ mirrorDir: null });
    const rel = await t.call('backups.updateSettings', { mirrorDir: 'backups' });
    expect(rel.ok ? '' : rel.error.message).toContain('完整路径');
    const gone = await t.call('backups.updateSettings', { mirrorDir: path.join(mirror, 'nope') });
    expect(gone.ok ? '' : gone.error.message).toContain('不存在');
    expect(await t.must('backups.updateSettings', { mirrorDir: mirror })).toEqual({ mirrorDir: mirror });
    expect(await t.must('backups.getSettings', {})).toEqual({ mirrorDir: mirror });

    const b = await t.must('backups.create', {});
    expect(b.mirrorProblem).toBeNull();
    expect(fs.readdirSync(mirror)).toEqual([b.name]);
    expect(fs.readFileSync(path.join(mirror, b.name))).toEqual(fs.readFileSync(path.join(dir(), b.name)));

    fs.rmSync(mirror, { recursive: true }); // the USB drive was pulled out
    const c = await t.must('backups.create', {});
    expect(c.mirrorProblem).toContain('复制到第二个文件夹');
    expect(files()).toContain(c.name); // the backup itself is still made
    await t.must('backups.updateSettings', { mirrorDir: null });
    expect(await t.must('backups.getSettings', {})).toEqual({ mirrorDir: null });
  });

  it('makes one daily backup per day on open', async () => {
    const day1 = new Date(2026, 4, 14, 8, 30);
    const first = await backupOnOpen(t.archive, day1);
    expect(first.created?.kind).toBe('daily');
    expect(first.warnings).toEqual([]);
    const again = await backupOnOpen(t.archive, new Date(2026, 4, 14, 23, 59));
    expect(again.created).toBeNull();
    const next = await backupOnOpen(t.archive, new Date(2026, 4, 15, 0, 1));
    expect(next.created?.kind).toBe('daily');
    expect(files()).toEqual([first.created!.name, next.created!.name].sort());
  });
});
