import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { createRng } from '../../db/demo/random';
import { migrations } from '../../db/migrations';
import { recount } from '../../db/migrations/0009-duty-counts';
import { schemeForYear } from '../../db/duty/schemes/forYear';
import { countCredits, memberEvidence } from '../../db/duty/credits';
import { dutyMatrix } from '../../db/duty/matrix';
import { yearStats } from '../../db/stats/yearStats';
import type { Input, MethodName } from '../../shared/api';
import { tempDir, type TestArchive } from '../helpers/archive';
import { archiveEach } from '../helpers/archiveEach';

/** This migration's number, looked up by name so a renumbering touches only the migration list. */
const MINE = migrations.find((m) => m.name === '按年度的履职计数')!.version;

const YEARS = [2025, 2026];
const TYPES = ['research', 'inspection', 'supervision', 'reception', 'charity', 'study'] as const;
const ATTENDANCE = ['present', 'present', 'excused', 'absent'] as const;

/** The demo's seeded generator (mulberry32), so a failure is the same failure every run. */
const random = (seed: number) => createRng(seed).next;

type Count = [number, number, string, string, number];
const kept = (db: Database.Database) =>
  db.prepare('SELECT year, member_id, source, key, n FROM duty_counts ORDER BY 1, 2, 3, 4').raw().all() as Count[];
const counted = (db: Database.Database) =>
  db.prepare(`SELECT * FROM (${recount}) ORDER BY 1, 2, 3, 4`).raw().all() as Count[];

/** Each serving member's attendance of the year's held live activities, counted from the sheets. */
const sheetsOf = (db: Database.Database, year: number) =>
  new Map(
    (
      db
        .prepare(
          `SELECT p.member_id, sum(p.attendance = 'present'), sum(p.attendance = 'excused'), sum(p.attendance = 'absent')
           FROM activities a JOIN activity_participants p ON p.activity_id = a.id
           WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.year = ? GROUP BY p.member_id`,
        )
        .raw()
        .all(year) as [number, number, number, number][]
    ).map(([id, ...n]) => [id, n]),
  );

/**
 * Every member's cells, counted from the kept table and from the rows behind them (the evidence
 * queries); the matrix and the yearly statistics as the contract gives them, against the same
 * recount and the sheets themselves.
 */
function expectMatrixAsEvidence(db: Database.Database) {
  const members = db.prepare('SELECT id FROM members').pluck().all() as number[];
  for (const year of YEARS) {
    const scheme = schemeForYear(db, year);
    const counts = countCredits(db, scheme, year, members);
    const evidence = new Map(members.map((id) => [id, memberEvidence(db, scheme, year, id).map((e) => e.length)]));
    members.forEach((id, i) => expect(counts[i], `member ${id} in ${year}`).toEqual(evidence.get(id)));
    const matrix = dutyMatrix(db, year);
    for (const row of matrix.rows) {
      const want = evidence.get(row.member.id)!;
      expect(
        row.cells.map((c) => c.count),
        `matrix row of ${row.member.id} in ${year}`,
      ).toEqual(want);
      expect(row.doneItems).toBe(scheme.items.filter((item, pos) => want[pos] >= item.requiredCount).length);
    }
    matrix.totals.forEach((t, pos) =>
      expect(t.membersDone).toBe(matrix.rows.filter((r) => r.cells[pos].count >= r.cells[pos].required).length),
    );
    const stats = yearStats(db, year);
    const sheets = sheetsOf(db, year);
    for (const m of stats.participation.members)
      expect([m.present, m.excused, m.absent], `sheets of ${m.member.id} in ${year}`).toEqual(
        sheets.get(m.member.id) ?? [0, 0, 0],
      );
    expect(stats.behind.map((b) => [b.member.id, b.missing.map((i) => i.count)])).toEqual(
      matrix.rows
        .filter((r) => r.doneItems < r.totalItems)
        .map((r) => [r.member.id, r.cells.filter((c) => !c.done).map((c) => c.count)]),
    );
  }
}

/** Random writes through the contract; refusals (a rule the random input breaks) are part of the game. */
function writer(t: TestArchive, seed: number) {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const some = <T>(list: readonly T[], p = 0.4) => list.filter(() => r() < p);
  const date = () =>
    `${pick(YEARS)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const ids = {
    members: [] as number[],
    activity: [] as number[],
    proposal: [] as number[],
    report: [] as number[],
    deed: [] as number[],
    document: [] as number[],
    record: [] as number[],
  };
  const done = new Map<string, number>();
  const call = async <M extends MethodName>(method: M, input: Input<M>) => {
    const result = await t.call(method, input);
    if (result.ok) done.set(method, (done.get(method) ?? 0) + 1);
    return result.ok ? (result.value as { id?: number }) : undefined;
  };
  const sheet = () => some(ids.members).map((memberId) => ({ memberId, attendance: pick(ATTENDANCE) }));
  const bin = async (
    entity: 'activities' | 'proposals' | 'opinionReports' | 'deeds' | 'documents' | 'dutyRecords',
    list: number[],
  ) => {
    const id = pick(list);
    if (id === undefined) return;
    await call(`${entity}.delete` as 'activities.delete', { id });
    if (r() < 0.6) await call(`${entity}.restore` as 'activities.restore', { id });
  };
  const steps: (() => Promise<unknown>)[] = [
    async () => {
      const a = await call('activities.create', {
        type: pick(TYPES),
        title: '活动',
        startsOn: date(),
        status: pick(['held', 'held', 'planned', 'cancelled'] as const),
        participants: sheet(),
      });
      if (a?.id) ids.activity.push(a.id);
    },
    () => call('activities.update', { id: pick(ids.activity), patch: { startsOn: date() } }),
    () =>
      call('activities.update', {
        id: pick(ids.activity),
        patch: { type: pick(TYPES), status: pick(['held', 'planned'] as const) },
      }),
    () => call('activities.update', { id: pick(ids.activity), patch: { participants: sheet() } }),
    () =>
      call('activities.setAttendance', {
        activityId: pick(ids.activity),
        memberId: pick(ids.members),
        attendance: pick(ATTENDANCE),
      }),
    () =>
      call('activities.addParticipants', {
        activityId: pick(ids.activity),
        memberIds: some(ids.members, 0.2)
          .slice(0, 3)
          .concat(pick(ids.members))
          .filter((v, i, a) => a.indexOf(v) === i),
      }),
    () =>
      call('attendance.applyJielong', {
        activityId: pick(ids.activity),
        rows: some(ids.members).map((memberId) => ({ memberId, attendance: pick(['present', 'excused'] as const) })),
      }),
    () => bin('activities', ids.activity),
    async () => {
      const lead = r() < 0.8 ? pick(ids.members) : undefined;
      const p = await call('proposals.create', {
        year: pick(YEARS),
        title: '提案',
        leadMemberId: lead,
        cosignerIds: some(ids.members, 0.3).filter((m) => m !== lead),
      });
      if (p?.id) ids.proposal.push(p.id);
    },
    () =>
      call('proposals.update', {
        id: pick(ids.proposal),
        patch: { leadMemberId: r() < 0.2 ? null : pick(ids.members) },
      }),
    () =>
      call('proposals.update', {
        id: pick(ids.proposal),
        patch: { year: pick(YEARS), cosignerIds: some(ids.members, 0.3) },
      }),
    () => bin('proposals', ids.proposal),
    async () => {
      const p = await call('opinionReports.create', {
        year: pick(YEARS),
        title: '社情民意',
        status: pick(['draft', 'submitted'] as const),
        authorIds: some(ids.members, 0.3),
      });
      if (p?.id) ids.report.push(p.id);
    },
    () =>
      call('opinionReports.update', {
        id: pick(ids.report),
        patch: { status: pick(['draft', 'submitted'] as const), year: pick(YEARS) },
      }),
    () => call('opinionReports.update', { id: pick(ids.report), patch: { authorIds: some(ids.members, 0.3) } }),
    () => bin('opinionReports', ids.report),
    async () => {
      const d = await call('deeds.create', {
        year: pick(YEARS),
        title: '事迹',
        memberId: r() < 0.8 ? pick(ids.members) : undefined,
      });
      if (d?.id) ids.deed.push(d.id);
    },
    () => call('deeds.update', { id: pick(ids.deed), patch: { year: pick(YEARS), memberId: pick(ids.members) } }),
    () => bin('deeds', ids.deed),
    async () => {
      const d = await call('documents.create', {
        year: pick(YEARS),
        kind: 'member_summary',
        memberId: pick(ids.members),
        title: '述职',
      });
      if (d?.id) ids.document.push(d.id);
    },
    () => call('documents.update', { id: pick(ids.document), patch: { year: pick(YEARS) } }),
    () => bin('documents', ids.document),
    async () => {
      const d = await call('dutyRecords.create', {
        memberId: pick(ids.members),
        year: pick(YEARS),
        itemCode: pick(['research', 'inspection', 'proposal', 'deed', 'summary', 'opinion']),
        description: '履职',
      });
      if (d?.id) ids.record.push(d.id);
    },
    () =>
      call('dutyRecords.update', {
        id: pick(ids.record),
        patch: { year: pick(YEARS), itemCode: pick(['research', 'proposal']) },
      }),
    () => bin('dutyRecords', ids.record),
    async () => {
      const id = pick(ids.members);
      await call('members.delete', { id });
      await call('members.restore', { id });
    },
  ];
  return {
    ids,
    done,
    async members(n: number) {
      for (let i = 0; i < n; i++)
        ids.members.push((await t.must('members.create', { name: `委员${i}`, joinedOn: '2020-01-01' })).id);
    },
    async batch(n: number) {
      for (let i = 0; i < n; i++) await pick(steps)();
    },
  };
}

describe('per-year duty counts kept by triggers (duty_counts)', () => {
  const t = archiveEach();

  it('equals a full recount after every batch of random writes through the contract', async () => {
    const w = writer(t, 9);
    await w.members(12);
    for (let batch = 0; batch < 25; batch++) {
      await w.batch(20);
      expect(kept(t.archive.db), `batch ${batch}`).toEqual(counted(t.archive.db));
      if (batch % 5 === 4) expectMatrixAsEvidence(t.archive.db);
    }
    expect(kept(t.archive.db).every(([, , , , n]) => n > 0)).toBe(true);
    expect(kept(t.archive.db).length).toBeGreaterThan(20);
    // The random writes reached every kind of change the triggers follow.
    for (const m of [
      'activities.create',
      'activities.update',
      'activities.delete',
      'activities.restore',
      'activities.setAttendance',
      'attendance.applyJielong',
      'proposals.update',
      'proposals.restore',
      'opinionReports.update',
      'opinionReports.restore',
      'deeds.update',
      'documents.update',
      'dutyRecords.update',
      'dutyRecords.restore',
    ])
      expect(w.done.get(m) ?? 0, m).toBeGreaterThan(0);
  }, 240_000);

  it('follows rows deleted for good, their attendance, co-signers and authors with them', async () => {
    const w = writer(t, 3);
    await w.members(8);
    await w.batch(150);
    const db = t.archive.db;
    // Hard deletes as emptying the recycle bin or a failed import's clean-up would write them.
    db.exec('DELETE FROM activities WHERE id IN (SELECT id FROM activities ORDER BY id LIMIT 5)');
    db.exec('DELETE FROM proposals WHERE id IN (SELECT id FROM proposals ORDER BY id LIMIT 5)');
    db.exec('DELETE FROM opinion_reports WHERE id IN (SELECT id FROM opinion_reports ORDER BY id LIMIT 5)');
    db.exec('DELETE FROM deeds WHERE id IN (SELECT id FROM deeds ORDER BY id LIMIT 3)');
    db.exec('DELETE FROM duty_records WHERE id IN (SELECT id FROM duty_records ORDER BY id LIMIT 3)');
    expect(kept(db)).toEqual(counted(db));
  }, 240_000);

  it('is right in an archive made from a received year package', async () => {
    const w = writer(t, 5);
    await w.members(8);
    await w.batch(120);
    const pkg = await t.must('package.export', { year: 2026 });
    const outcome = await t.must('package.import', { file: pkg.file, into: 'new', newFile: '收到的档案.sqlite' });
    const other = await openArchive(outcome.file);
    try {
      expect(kept(other.db).length).toBeGreaterThan(0);
      expect(kept(other.db)).toEqual(counted(other.db));
      expectMatrixAsEvidence(other.db);
      // Writes in the imported archive are followed too.
      const dispatch = createDispatcher(other);
      const id = other.db.prepare('SELECT id FROM activities LIMIT 1').pluck().get() as number;
      expect((await dispatch('activities.update', { id, patch: { startsOn: '2025-06-01' } })).ok).toBe(true);
      expect(kept(other.db)).toEqual(counted(other.db));
    } finally {
      other.close();
    }
  }, 240_000);
});

describe(`migration ${MINE}: the counts of an existing archive`, () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('migration-duty-counts-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are counted once when the archive is upgraded, and kept from then on', async () => {
    const file = path.join(dir, 'archive.sqlite');
    const old = await openArchive(file, { migrations: migrations.filter((m) => m.version < MINE) });
    const t = { archive: old, file, dir, close: () => old.close() } as unknown as TestArchive;
    const dispatch = createDispatcher(old);
    t.call = ((method: string, input: unknown) => dispatch(method, input)) as TestArchive['call'];
    t.must = (async (method: string, input: unknown) => {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    }) as TestArchive['must'];
    const w = writer(t, 11);
    await w.members(10);
    await w.batch(150);
    expect(old.db.pragma('user_version', { simple: true })).toBe(MINE - 1);
    old.close();

    const a = await openArchive(file);
    try {
      expect(a.migrated).toContain(MINE);
      expect(kept(a.db).length).toBeGreaterThan(10);
      expect(kept(a.db)).toEqual(counted(a.db));
      expectMatrixAsEvidence(a.db);
    } finally {
      a.close();
    }
  }, 240_000);
});
