import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { readFilingSettings } from '../../db/filing/settings';
import { yearItems } from '../../db/filing/yearItems';
import { migrations } from '../../db/migrations';
import { tempDir } from '../helpers/archive';
import fs from 'node:fs';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 5: filing settings and numbers', () => {
  it('brings a version 4 archive with a year of records to filing defaults, without a setting typed', async () => {
    const file = path.join(dir, 'v4.sqlite');
    const v4 = await openArchive(file, { migrations: migrations.slice(0, 4) });
    v4.db.exec(`
      UPDATE group_settings SET name = '西山镇政协联络组' WHERE id = 1;
      INSERT INTO activities (type, title, starts_on) VALUES ('study', '学习会', '2026-04-02');
      INSERT INTO proposals (year, title, submitted_on) VALUES (2026, '关于校车的提案', '2026-02-01');`);
    expect(v4.db.pragma('user_version', { simple: true })).toBe(4);
    v4.close();

    const a = await openArchive(file);
    try {
      // Every migration from 5 to the latest runs on the way.
      expect(a.migrated).toEqual(Array.from({ length: migrations.length - 4 }, (_, i) => i + 5));
      expect(readFilingSettings(a.db)).toMatchObject({ fondsName: '西山镇政协联络组', orgCode: 'LLZ', categoryCode: 'WS' });
      expect(yearItems(a.db, 2026).map((i) => i.archivalCode)).toEqual(['WS·2026-Y-LLZ-0001', 'WS·2026-D30-LLZ-0001']);
      expect(() => a.db.prepare("INSERT INTO filing_retention (kind, record_id, retention) VALUES ('deed', 1, 'D5')").run()).toThrow(
        /CHECK/,
      );
      expect(() => a.db.prepare('INSERT INTO filing_settings (id) VALUES (2)').run()).toThrow(/CHECK/);
    } finally {
      a.close();
    }
  });
});
