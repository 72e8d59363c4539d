import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

describe('migration 3: the audit trail by kind', () => {
  it('reads one kind of record newest first from the index, without sorting', () => {
    const plan = t.archive.db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE entity = 'member' ORDER BY id DESC LIMIT 50`)
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toContain('audit_log_entity_recent');
    expect(details).not.toContain('TEMP B-TREE');
  });
});
