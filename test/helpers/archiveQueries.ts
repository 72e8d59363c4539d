import type { TestArchive } from './archive';

/** The error of a failed Result, or null when it succeeded. */
export const errorOf = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }) =>
  r.ok ? null : r.error;

/**
 * What a record kind's tests read straight from the archive file: a count by SQL, the audit
 * trail of one record of `entity` (its actions, oldest first), and the search index's rows for a
 * phrase (rowid = kind offset + record id).
 */
export function recordQueries(t: TestArchive, entity: string) {
  return {
    count: (sql: string) => (t.archive.db.prepare(sql).get() as { n: number }).n,
    auditActions: (id: number) =>
      t.archive.db
        .prepare('SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
        .pluck()
        .all(entity, id) as string[],
    searchHits: (phrase: string) =>
      t.archive.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all(`"${phrase}"`),
  };
}
