import type { AuditEntry } from '../../shared/contract/audit';
import { ListFilter } from '../repo/listFilter';
import type { HandlersFor } from '../repo/context';

/** The UTC instant at which a local calendar day begins, `plusDays` after `date`. */
function localDayStart(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

type Row = Omit<AuditEntry, 'before' | 'after'> & { before: string | null; after: string | null };

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.list': ({ db }, input) => {
    const { where, params } = new ListFilter()
      .equal('entity', input.entity)
      .equal('entity_id', input.entityId)
      .equal('action', input.action)
      .when('from', input.from && localDayStart(input.from), 'at >= @from')
      .when('to', input.to && localDayStart(input.to, 1), 'at < @to')
      .text(input.q, ['summary']);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
    const rows = db
      .prepare(
        `SELECT id, at, actor, entity, entity_id AS entityId, action, summary, before, after
         FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: input.limit ?? 100, offset: input.offset ?? 0 }) as Row[];
    const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
    return { items: rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) })), total };
  },
};
