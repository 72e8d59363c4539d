import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const planOf = (sql: string) =>
  (t.archive.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ year: 2026 }) as { detail: string }[])
    .map((p) => p.detail)
    .join('\n');

describe('migration 4: the year’s counts and lists read from indexes', () => {
  it('reads only the year’s held activities of the crediting types, found by the index', () => {
    const plan = planOf(
      `SELECT a.type, json_group_array(p.member_id) FROM activities a JOIN activity_participants p ON p.activity_id = a.id
       WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance = 'present'
         AND a.type IN ('research', 'inspection') GROUP BY a.type`,
    );
    expect(plan).toContain('USING INDEX activities_year_credit (year=? AND status=? AND type=?)');
  });

  it('finds the year’s proposals by lead member and co-signer from the index', () => {
    const plan = planOf(
      `SELECT lead_member_id FROM proposals WHERE deleted_at IS NULL AND year = @year AND lead_member_id IS NOT NULL
       UNION ALL
       SELECT c.member_id FROM proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
       WHERE p.deleted_at IS NULL AND p.year = @year AND c.member_id IS NOT p.lead_member_id`,
    );
    expect(plan.match(/USING INDEX proposals_year_lead \(year=\?/g)).toHaveLength(2);
  });

  it.each(['proposals', 'opinion_reports'])('pages through a year of %s newest first without sorting it', (table) => {
    const plan = planOf(
      `SELECT * FROM ${table} WHERE deleted_at IS NULL AND year = @year
       ORDER BY year DESC, submitted_on IS NULL, submitted_on DESC, id DESC LIMIT 50`,
    );
    expect(plan).toContain(`USING INDEX ${table}_year_date (year=?)`);
    expect(plan).not.toContain('TEMP B-TREE');
  });

  // The pickers' covering index members_names was rebuilt by the name-order migration; its test holds that check.
});
