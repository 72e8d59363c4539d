import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import { createBackup } from '../../db/backup/create';
import { judgeMirror, MIN_FREE_BYTES, neededFor, type MirrorFacts } from '../../db/backup/mirrorStatus';
import { stampOf } from '../../db/backup/names';
import { rotateBackups } from '../../db/backup/rotate';
import { backupKindWord } from '../../shared/contract/backups';
import { tempDir, testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
let good: string;
let extra: string[];
beforeEach(async () => {
  t = await testArchive();
  extra = [];
  await t.must('members.create', { name: '张伟' });
  good = path.join(backupDirFor(t.file), (await createBackup(t.archive, 'manual', new Date(2020, 0, 1, 9))).name);
});
afterEach(() => {
  t.close();
  extra.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const dir = () => backupDirFor(t.file);
function plant(kind: string, d: Date): string {
  const name = `${kind}-${stampOf(d)}.sqlite`;
  fs.copyFileSync(good, path.join(dir(), name));
  return name;
}
const words = async () =>
  Object.fromEntries((await t.must('backups.list', {})).map((b) => [b.name, backupKindWord(b)]));

describe('the backup list says what each backup is kept as', () => {
  it('names daily backups 每日, 每月 or 每年 by the rotation rule that keeps them', async () => {
    for (let i = 0; i < 400; i++) plant('daily', new Date(2025, 0, 1 + i, 10, 0));
    plant('daily', new Date(2023, 5, 1, 10, 0));
    plant('daily', new Date(2023, 4, 1, 10, 0));
    rotateBackups(dir());
    const w = await words();
    const byDate = (y: number, m: number, d: number) => w[`daily-${stampOf(new Date(y, m - 1, d, 10, 0))}.sqlite`];
    // The 7 newest days (2026-01-29 … 2026-02-04) are the daily keepers.
    expect(byDate(2026, 2, 4)).toBe('每日');
    expect(byDate(2026, 1, 29)).toBe('每日');
    // The last day of each earlier month of the 12 latest (2026-02 … 2025-03) is that month's keeper.
    expect(byDate(2025, 12, 31)).toBe('每月');
    expect(byDate(2025, 3, 31)).toBe('每月');
    expect(byDate(2025, 2, 28)).toBeUndefined();
    // 2023's newest is kept for its year; 2025's newest (12-31) already counts as a month's.
    expect(byDate(2023, 6, 1)).toBe('每年');
    expect(byDate(2023, 5, 1)).toBeUndefined();
    const counts = Object.values(w).reduce<Record<string, number>>((c, x) => ({ ...c, [x]: (c[x] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 每日: 7, 每月: 10, 每年: 1, 手动: 1 });
  });

  it('names the other kinds by why they were made', () => {
    expect(backupKindWord({ kind: 'manual', keptAs: null })).toBe('手动');
    expect(backupKindWord({ kind: 'pre-import', keptAs: 'day' })).toBe('导入前');
    expect(backupKindWord({ kind: 'pre-restore', keptAs: null })).toBe('恢复前');
    expect(backupKindWord({ kind: 'pre-migration', keptAs: null })).toBe('升级前');
  });
});

describe('the latest check of each backup', () => {
  it('counts the check made at creation, records later ones, and has none for a pre-migration backup', async () => {
    const made = await t.must('backups.create', {});
    expect(made.lastCheck).toMatchObject({ ok: true, atCreation: true, at: made.createdAt });
    fs.copyFileSync(good, path.join(dir(), 'pre-migration-v3-20200101-000000.sqlite'));
    const list = await t.must('backups.list', {});
    expect(list.find((b) => b.kind === 'pre-migration')?.lastCheck).toBeNull();

    await t.must('backups.verify', { name: 'pre-migration-v3-20200101-000000.sqlite' });
    fs.writeFileSync(path.join(dir(), made.name), 'not a database any more');
    const check = await t.must('backups.verify', { name: made.name });
    expect(check.ok).toBe(false);
    const after = await t.must('backups.list', {});
    expect(after.find((b) => b.kind === 'pre-migration')?.lastCheck).toMatchObject({ ok: true, atCreation: false });
    const bad = after.find((b) => b.name === made.name)!;
    expect(bad.lastCheck).toMatchObject({ ok: false, atCreation: false, problem: check.problem });
    expect(Date.now() - Date.parse(bad.lastCheck!.at)).toBeLessThan(60_000);
  });

  it('keeps a daily backup found bad out of the keepers it would have been', async () => {
    const older = plant('daily', new Date(2026, 0, 5, 10));
    const newer = plant('daily', new Date(2026, 0, 6, 10));
    fs.writeFileSync(path.join(dir(), newer), 'garbage');
    await t.must('backups.verify', { name: newer });
    const list = await t.must('backups.list', {});
    expect(list.find((b) => b.name === newer)?.keptAs).toBeNull();
    expect(list.find((b) => b.name === older)?.keptAs).toBe('day');
  });
});

describe('the second folder’s status', () => {
  it('says when none is set, when it is fine and when it was last written, and when it is gone', async () => {
    const unset = await t.must('backups.mirrorStatus', {});
    expect(unset).toMatchObject({ mirrorDir: null, state: 'unset', lastWrittenAt: null });
    expect(unset.summary).toContain('还没有设置第二个备份文件夹');

    const mirror = tempDir('mirror-status-');
    extra.push(mirror);
    await t.must('backups.updateSettings', { mirrorDir: mirror });
    const fresh = await t.must('backups.mirrorStatus', {});
    expect(fresh).toMatchObject({ mirrorDir: mirror, state: 'ok', lastWrittenAt: null });
    expect(fresh.freeBytes).toBeGreaterThan(0);
    expect(fresh.summary).toContain('还没有复制过备份');

    const b = await t.must('backups.create', {});
    const written = await t.must('backups.mirrorStatus', {});
    expect(written).toMatchObject({ state: 'ok', lastWrittenAt: b.createdAt });
    expect(written.summary).toContain('最近的备份已复制过去');

    fs.rmSync(mirror, { recursive: true });
    const gone = await t.must('backups.mirrorStatus', {});
    expect(gone).toMatchObject({ state: 'missing', lastWrittenAt: null, freeBytes: null });
    expect(gone.summary).toContain('U盘可能没有插好');
  });

  const facts = (f: Partial<MirrorFacts>): MirrorFacts => ({
    mirrorDir: 'E:\\档案备份',
    exists: true,
    writable: true,
    freeBytes: 8 * 1024 ** 3,
    neededBytes: neededFor(3 * 1024 ** 2),
    lastWrittenAt: '2026-05-14T02:00:00.000Z',
    newestBackupAt: '2026-05-14T02:00:00.000Z',
    ...f,
  });

  it('warns when the folder cannot be written or its disk is short of space', () => {
    expect(judgeMirror(facts({ writable: false }))).toEqual({
      state: 'not-writable',
      summary: expect.stringContaining('不能写入'),
    });
    const low = judgeMirror(facts({ freeBytes: 5 * 1024 ** 2 }));
    expect(low.state).toBe('low-space');
    expect(low.summary).toContain('只剩 5.0 MB');
    expect(low.summary).toContain('至少需要 20.0 MB');
    expect(judgeMirror(facts({ freeBytes: MIN_FREE_BYTES })).state).toBe('ok');
    // A big archive needs twice its newest backup.
    expect(judgeMirror(facts({ freeBytes: 300 * 1024 ** 2, neededBytes: neededFor(200 * 1024 ** 2) })).state).toBe(
      'low-space',
    );
  });

  it('says when the latest backups did not reach the folder', () => {
    const behind = judgeMirror(facts({ lastWrittenAt: '2026-05-10T02:00:00.000Z' }));
    expect(behind.state).toBe('ok');
    expect(behind.summary).toContain('最近的备份没有复制过去');
  });
});
