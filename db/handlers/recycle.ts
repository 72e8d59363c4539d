import type { RecycleEntity, RecycleItem } from '../../shared/contract/recycle';
import { recycleEntities } from '../../shared/contract/recycle';
import type { HandlersFor } from './types';

/** Each table in the recycle bin, with the SQL (over alias t) of the label a clerk recognises. */
const sources: Record<RecycleEntity, { table: string; label: string }> = {
  member: { table: 'members', label: 't.name' },
  // The date as the clerk writes it: 2026年3月2日 学习会.
  activity: {
    table: 'activities',
    label: `CAST(strftime('%Y', t.starts_on) AS INTEGER) || '年' || CAST(strftime('%m', t.starts_on) AS INTEGER) || '月' ||
      CAST(strftime('%d', t.starts_on) AS INTEGER) || '日 ' || t.title`,
  },
  plan_item: { table: 'plan_items', label: `t.year || '年' || t.month || '月 ' || t.title` },
  duty_record: {
    table: 'duty_records',
    label: `coalesce((SELECT m.name || '：' FROM members m WHERE m.id = t.member_id), '') || t.description`,
  },
  duty_scheme: { table: 'duty_schemes', label: 't.name' },
  proposal: { table: 'proposals', label: 't.title' },
  opinion_report: { table: 'opinion_reports', label: 't.title' },
  deed: { table: 'deeds', label: 't.title' },
  document: { table: 'documents', label: 't.title' },
  attachment: { table: 'attachments', label: 't.name' },
};

const binOf = (entity: RecycleEntity) =>
  `SELECT '${entity}' AS entity, t.id, ${sources[entity].label} AS label, t.deleted_at AS deletedAt
   FROM ${sources[entity].table} t WHERE t.deleted_at IS NOT NULL`;

export const recycleHandlers: HandlersFor<'recycle'> = {
  'recycle.list': ({ db }, input) => {
    const union = (input.entity ? [input.entity] : recycleEntities).map(binOf).join('\nUNION ALL\n');
    const total = (db.prepare(`SELECT count(*) AS n FROM (${union})`).get() as { n: number }).n;
    const items = db
      .prepare(`SELECT * FROM (${union}) ORDER BY deletedAt DESC, entity, id DESC LIMIT ? OFFSET ?`)
      .all(input.limit ?? 100, input.offset ?? 0) as RecycleItem[];
    return { items, total };
  },
};
