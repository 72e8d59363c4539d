import type Database from 'better-sqlite3';
import { prepared } from '../repo/statements';
import type { AuditAction, Entity } from '../../shared/enums';

/** One row per change, with the record before and after, so the clerk can show their traces (留痕). */
export function audit(
  db: Database.Database,
  entry: {
    entity: Entity;
    entityId: number | null;
    action: AuditAction;
    summary: string;
    before?: unknown;
    after?: unknown;
    actor?: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO audit_log (actor, entity, entity_id, action, summary, before, after)
     VALUES (@actor, @entity, @entityId, @action, @summary, @before, @after)`,
  ).run({
    actor: entry.actor ?? '',
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    summary: entry.summary,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}
