import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import { createBackup } from '../../db/backup/create';
import { stampOf } from '../../db/backup/names';
import { rotateBackups } from '../../db/backup/rotate';
import { backupOnOpen } from '../../db/backup/schedule';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
let good: string;
beforeEach(async () => {
  t = await testArchive();
  await t.must('members.create', { name: '张伟' });
  good = path.join(backupDirFor(t.file), (await createBackup(t.archive, 'manual', new Date(2020, 0, 1, 9))).name);
});
afterEach(() => t.close());

const dir = () => backupDirFor(t.file);
/** A backup made on a simulated local date, as a copy of one real verified backup (fast). */
const nameOn = (kind: string, d: Date) => `${kind}-${stampOf(d)}.sqlite`;
function plant(kind: string, d: Date): string {
  const name = nameOn(kind, d);
  fs.copyFileSync(good, path.join(dir(), name));
  return name;
}
function damage(name: string): void {
  fs.writeFileSync(path.join(dir(), name), 'not a database any more');
}
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 0);
const present = () => new Set(fs.readdirSync(dir()));

/** Daily backups every day from 2025-01-01 to 2026-02-04 (400 days). */
function everyDay(): Map<string, string> {
  const made = new Map<string, string>();
  for (let i = 0; i < 400; i++) {
    const d = new Date(2025, 0, 1 + i, 10, 0);
    const key = `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
    made.set(key, plant('daily', d));
  }
  expect(made.has('2026-2-4')).toBe(true);
  expect(made.has('2026-2-5')).toBe(false);
  return made;
}

describe('backup rotation', () => {
  it('keeps 7 daily, 12 monthly and one per year, on simulated dates', () => {
    const made = everyDay();
    const report = rotateBackups(dir());
    const daily = ['2026-1-29', '2026-1-30', '2026-1-31', '2026-2-1', '2026-2-2', '2026-2-3', '2026-2-4'];
    // The newest of each of the last 12 months (Feb and Jan 2026 are already daily keepers).
    const monthly = ['2025-12-31', '2025-11-30', '2025-10-31', '2025-9-30', '2025-8-31', '2025-7-31', '2025-6-30', '2025-5-31', '2025-4-30', '2025-3-31'];
    // Years: 2026 → 2026-2-4 and 2025 → 2025-12-31, both kept already.
    const expected = [...daily, ...monthly].map((k) => made.get(k)!).sort();
    expect([...report.kept].sort()).toEqual(expected);
    expect(report.removed).toHaveLength(400 - expected.length);
    expect(report.bad).toEqual([]);
    const left = present();
    for (const name of expected) expect(left.has(name)).toBe(true);
    expect(left.has(made.get('2025-2-28')!)).toBe(false);
    expect(left.has(made.get('2026-1-28')!)).toBe(false);
  });

  it('keeps one backup per year for every year, the newest of each', () => {
    const old = [2021, 2022, 2023].map((y) => [plant('daily', day(y, 3, 1)), plant('daily', day(y, 11, 20))]);
    // One backup a month from 2025-06 to 2026-06: 13 months, so the monthly rule is full.
    const monthly = Array.from({ length: 13 }, (_, i) => plant('daily', day(2025, 6 + i, 1)));
    const report = rotateBackups(dir());
    const newestOfOldYears = old.map(([, newest]) => newest);
    expect(report.kept.sort()).toEqual([...monthly.slice(1), ...newestOfOldYears].sort());
    expect(report.removed.sort()).toEqual([monthly[0], ...old.map(([oldest]) => oldest)].sort());
  });

  it('never rotates pre-migration, pre-restore or manual backups', () => {
    everyDay();
    const keepers = [
      plant('manual', day(2025, 1, 2)),
      plant('pre-restore', day(2025, 1, 3)),
      `pre-migration-v1-${stampOf(day(2025, 1, 4))}.sqlite`,
    ];
    fs.copyFileSync(good, path.join(dir(), keepers[2]));
    const importOld = plant('pre-import', day(2025, 1, 5));
    rotateBackups(dir());
    const left = present();
    for (const name of [...keepers, path.basename(good)]) expect(left.has(name)).toBe(true);
    expect(left.has(importOld)).toBe(false); // pre-import backups rotate like the daily ones
  });

  it('reports a bad backup, never counts it as a keeper, and so never deletes good ones because of it', () => {
    const made = everyDay();
    const bad = ['2026-2-4', '2026-2-3', '2026-2-2'].map((k) => made.get(k)!);
    bad.forEach(damage);
    const report = rotateBackups(dir());
    expect(report.bad.map((b) => b.name).sort()).toEqual([...bad].sort());
    expect(report.bad.every((b) => !b.ok && b.problem)).toBe(true);
    // Seven good days are still kept: the bad ones took no day's place.
    const daily = ['2026-1-26', '2026-1-27', '2026-1-28', '2026-1-29', '2026-1-30', '2026-1-31', '2026-2-1'];
    for (const k of daily) expect(report.kept).toContain(made.get(k));
    expect(report.kept).not.toContain(made.get('2026-1-25'));
    // February's and 2026's keeper is the newest good one.
    expect(report.kept.filter((n) => n.startsWith('daily-202602'))).toEqual([made.get('2026-2-1')]);
    const left = present();
    for (const name of bad) expect(left.has(name)).toBe(true);
    expect(report.removed.some((n) => bad.includes(n))).toBe(false);
  });

  it('rotates on open and warns the clerk about bad backups', async () => {
    const made = everyDay();
    damage(made.get('2026-2-1')!);
    const out = await backupOnOpen(t.archive, day(2026, 2, 5));
    expect(out.created?.name).toBe(nameOn('daily', day(2026, 2, 5)));
    expect(out.rotation.kept).toContain(out.created!.name);
    // Seven good days: 2-5 … 2-2 and 1-31 … 1-29, skipping the bad 2-1.
    expect(out.rotation.kept).toContain(made.get('2026-1-29'));
    expect(out.rotation.kept).not.toContain(made.get('2026-1-28'));
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toContain(`备份 ${made.get('2026-2-1')} 已损坏`);
  });
});
