import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { LATEST_VERSION } from '../../db/migrations';
import { defaultPointsRules } from '../../shared/pointsRules';
import { tempDir } from '../helpers/archive';
import { archiveDigest, rowCounts, tableShapes } from '../helpers/digest';
import { v1Archive } from '../fixtures/v1Archive';

/** A v1 archive with data in every table; only ever read through a copy. */
let FIXTURE: string;
beforeAll(async () => {
  FIXTURE = await v1Archive();
});

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir('migration0002-');
  file = path.join(dir, 'archive.sqlite');
  fs.copyFileSync(FIXTURE, file);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function v1State() {
  const probe = path.join(dir, 'probe.sqlite');
  fs.copyFileSync(FIXTURE, probe);
  const db = new Database(probe, { readonly: true });
  try {
    const shapes = tableShapes(db);
    return { shapes, counts: rowCounts(db, shapes), digest: archiveDigest(db, shapes) };
  } finally {
    db.close();
  }
}

describe('migration 2: points rules', () => {
  it('takes the v1 fixture through v2 with every v1 row unchanged and an empty points_rules table', async () => {
    const before = v1State();
    expect(before.shapes.map((s) => s.name)).not.toContain('points_rules');

    const a = await openArchive(file);
    expect(a.migrated[0]).toBe(2);
    expect(a.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(rowCounts(a.db, before.shapes)).toEqual(before.counts);
    expect(archiveDigest(a.db, before.shapes)).toBe(before.digest);

    const columns = (a.db.pragma('table_xinfo(points_rules)') as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['year', 'rules', 'updated_at']);
    expect(a.db.prepare('SELECT count(*) AS n FROM points_rules').get()).toEqual({ n: 0 });
    expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(a.db.pragma('foreign_key_check')).toEqual([]);
    a.close();
  });

  it('gives the migrated archive the default rules, and keeps rules saved on it', async () => {
    const a = await openArchive(file);
    const dispatch = createDispatcher(a);
    expect(await dispatch('points.rules', { year: 2026 })).toEqual({
      ok: true,
      value: { year: 2026, rules: defaultPointsRules, saved: false, updatedAt: null },
    });
    const saved = await dispatch('points.setRules', { year: 2026, rules: { ...defaultPointsRules, deed: 4 } });
    expect(saved).toMatchObject({ ok: true, value: { saved: true, rules: { deed: 4 } } });
    a.close();

    const again = await openArchive(file);
    expect(again.migrated).toEqual([]);
    expect(await createDispatcher(again)('points.rules', { year: 2026 })).toMatchObject({
      ok: true,
      value: { saved: true, rules: { deed: 4 } },
    });
    again.close();
  });

  it('refuses rows the contract would never write: a year out of range or rules that are not a JSON object, a year that is not whole', async () => {
    const a = await openArchive(file);
    const insert = a.db.prepare('INSERT INTO points_rules (year, rules) VALUES (?, ?)');
    expect(() => insert.run(1800, '{}')).toThrow(/CHECK/);
    expect(() => insert.run(2026, 'not json')).toThrow(/CHECK/);
    expect(() => insert.run(2026, '[1, 2]')).toThrow(/CHECK/);
    expect(() => insert.run(2027.5, '{}')).toThrow();
    a.close();
  });
});
