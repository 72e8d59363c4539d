import { describe, expect, it } from 'vitest';
import { collectYear } from '../../db/export/yearModel';
import type { Context } from '../../db/repo/context';
import { archiveEach } from '../helpers/archiveEach';

const t = archiveEach();

describe('the year the volume and ledgers are built from', () => {
  it('holds every record of the year, beyond the 1000 a screen page may ask for', async () => {
    const insert = t.archive.db.prepare(`INSERT INTO deeds (year, title) VALUES (2026, ?)`);
    t.archive.db.transaction(() => {
      for (let i = 1; i <= 1001; i++) insert.run(`第 ${i} 件好事实事`);
    })();
    const ctx: Context = {
      archive: t.archive,
      db: t.archive.db,
      progress: () => {},
      printPdf: () => Promise.reject(new Error('no PDF is printed here')),
    };
    const year = await collectYear(ctx, 2026);
    expect(year.deeds).toHaveLength(1001);
  });
});
