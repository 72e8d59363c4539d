import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityType } from '../../shared/enums';
import { tempDir } from '../helpers/archive';
import { callCli, runCli } from './runCli';

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir('cli-demo-');
  file = path.join(dir, 'demo.sqlite');
  const r = runCli('demo', '--file', file, '--year', '2025', '--seed', '11');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read<T>(f: string, sql: string): T[] {
  const db = new Database(f, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
const count = (f: string, sql: string) => read<{ n: number }>(f, sql)[0].n;
/** How many rows of the demo archive's table match `where` (all of them without one). */
const rows = (table: string, where?: string) =>
  count(file, `SELECT count(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`);

/** What a second run must reproduce exactly. */
const fingerprint = (f: string) => ({
  members: read(f, 'SELECT name, gender, sector, work_unit, phone, linked_community, status FROM members ORDER BY id'),
  activities: read(f, 'SELECT type, title, starts_on, status, responsible, plan_item_id FROM activities ORDER BY id'),
  attendance: read(
    f,
    'SELECT activity_id, member_id, attendance, leave_reason FROM activity_participants ORDER BY 1, 2',
  ),
  proposals: read(f, 'SELECT title, lead_member_id, number, filing FROM proposals ORDER BY id'),
  cosigners: read(f, 'SELECT * FROM proposal_cosigners ORDER BY 1, 2'),
});

describe('archive demo', () => {
  it('fills a year with the expected records', () => {
    expect(rows('members')).toBe(30);
    expect(rows('members', "status = 'left' AND left_on LIKE '2025-%'")).toBe(2);
    expect(count(file, 'SELECT count(DISTINCT sector) AS n FROM members')).toBeGreaterThanOrEqual(8);
    expect(rows('members', "committee_levels LIKE '%province%'")).toBeGreaterThan(0);

    expect(read(file, 'SELECT status, count(*) AS n FROM activities GROUP BY status ORDER BY status')).toEqual([
      { status: 'cancelled', n: 1 },
      { status: 'held', n: 23 },
      { status: 'planned', n: 1 },
    ]);
    const types = read<{ type: string }>(file, 'SELECT DISTINCT type FROM activities').map((r) => r.type);
    expect(types.sort()).toEqual([...ActivityType.codes].sort());
    const quarters = read<{ q: number }>(
      file,
      "SELECT DISTINCT (CAST(strftime('%m', starts_on) AS INTEGER) + 2) / 3 AS q FROM activities WHERE status = 'held' ORDER BY q",
    );
    expect(quarters.map((r) => r.q)).toEqual([1, 2, 3, 4]);
    expect(rows('activities', 'year = 2025 AND (place IS NULL OR content IS NULL OR responsible IS NULL)')).toBe(0);

    expect(rows('activity_participants', "attendance = 'excused' AND leave_reason <> ''")).toBeGreaterThan(0);
    expect(rows('activity_participants', "attendance = 'absent'")).toBeGreaterThan(0);

    expect(rows('plan_items', 'year = 2025')).toBe(12);
    // Every plan item but the December one (still planned) is fulfilled by a held activity.
    expect(
      count(
        file,
        "SELECT count(DISTINCT plan_item_id) AS n FROM activities WHERE status = 'held' AND plan_item_id IS NOT NULL",
      ),
    ).toBe(11);

    expect(rows('proposals')).toBe(8);
    expect(count(file, 'SELECT count(DISTINCT filing) AS n FROM proposals')).toBe(4);
    expect(rows('proposal_cosigners')).toBeGreaterThan(8);
    expect(rows('opinion_reports')).toBe(10);
    expect(rows('opinion_reports', "status = 'adopted' AND adopted_level IN ('county', 'city')")).toBe(5);
    expect(rows('opinion_reports', 'endorsement IS NOT NULL')).toBe(2);
    expect(rows('deeds')).toBe(5);
    expect(read(file, 'SELECT kind, count(*) AS n FROM documents GROUP BY kind ORDER BY kind')).toEqual([
      { kind: 'annual_plan', n: 1 },
      { kind: 'annual_summary', n: 1 },
      { kind: 'half_year_summary', n: 1 },
      { kind: 'member_summary', n: 5 },
    ]);
    expect(rows('duty_records')).toBeGreaterThan(0);

    const group = callCli(file, 'group.get').envelope.value as { name: string; currentYear: number };
    expect(group).toMatchObject({ name: '青石镇政协联络组', currentYear: 2025 });
  });

  it('writes through the contract: every record has its audit row', () => {
    const created = (table: string, entity: string) =>
      rows('audit_log', `entity = '${entity}' AND action = 'create'`) - rows(table);
    expect(created('members', 'member')).toBe(0);
    expect(created('activities', 'activity')).toBe(0);
    expect(created('proposals', 'proposal')).toBe(0);
  });

  it('gives some members a birthday in the coming 30 days', () => {
    const soon = read<{ birth_date: string }>(file, 'SELECT birth_date FROM members').filter(({ birth_date }) => {
      const now = new Date();
      const next = new Date(now.getFullYear(), Number(birth_date.slice(5, 7)) - 1, Number(birth_date.slice(8, 10)));
      if (next < new Date(now.getFullYear(), now.getMonth(), now.getDate())) next.setFullYear(now.getFullYear() + 1);
      return (next.getTime() - now.getTime()) / 86_400_000 <= 31;
    });
    expect(soon.length).toBeGreaterThanOrEqual(3);
  });

  it('is the same archive for the same seed, and another for another seed', () => {
    const same = path.join(dir, 'same.sqlite');
    const other = path.join(dir, 'other.sqlite');
    expect(runCli('demo', '--file', same, '--year', '2025', '--seed', '11').status).toBe(0);
    expect(runCli('demo', '--file', other, '--year', '2025', '--seed', '12').status).toBe(0);
    expect(fingerprint(same)).toEqual(fingerprint(file));
    expect(fingerprint(other).members).not.toEqual(fingerprint(file).members);
  });

  it('refuses an archive that already holds data, and appends only with --force', () => {
    const used = path.join(dir, 'used.sqlite');
    expect(runCli('init', '--file', used).status).toBe(0);
    expect(callCli(used, 'members.create', '{"name":"张伟"}').status).toBe(0);

    const refused = runCli('demo', '--file', used);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('档案中已有数据（委员 1 条）');
    expect(count(used, 'SELECT count(*) AS n FROM members')).toBe(1);
    expect(count(used, 'SELECT count(*) AS n FROM activities')).toBe(0);

    const forced = runCli('demo', '--file', used, '--force');
    expect(forced.status).toBe(0);
    expect(count(used, 'SELECT count(*) AS n FROM members')).toBe(31);
  });
});
