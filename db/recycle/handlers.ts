import type { RecycleItem } from '../../shared/contract/recycle';
import { recordKinds, recyclableKinds, type RecyclableKind } from '../../shared/recordKinds';
import type { HandlersFor } from '../repo/context';

/** For each kind in the recycle bin, the SQL (over alias t, a row of its table) of the label a clerk recognises. */
const labels: Record<RecyclableKind, string> = {
  member: 't.name',
  // The date as the clerk writes it: 2026年3月2日 学习会.
  activity: `CAST(strftime('%Y', t.starts_on) AS INTEGER) || '年' || CAST(strftime('%m', t.starts_on) AS INTEGER) || '月' ||
      CAST(strftime('%d', t.starts_on) AS INTEGER) || '日 ' || t.title`,
  plan_item: `t.year || '年' || t.month || '月 ' || t.title`,
  duty_record: `coalesce((SELECT m.name || '：' FROM members m WHERE m.id = t.member_id), '') || t.description`,
  duty_scheme: 't.name',
  proposal: 't.title',
  opinion_report: 't.title',
  deed: 't.title',
  document: 't.title',
  attachment: 't.name',
};

const binOf = (entity: RecyclableKind) =>
  `SELECT '${entity}' AS entity, t.id, ${labels[entity]} AS label, t.deleted_at AS deletedAt
   FROM ${recordKinds[entity].table} t WHERE t.deleted_at IS NOT NULL`;

export const recycleHandlers: HandlersFor<'recycle'> = {
  'recycle.list': ({ db }, input) => {
    const union = (input.entity ? [input.entity] : recyclableKinds).map(binOf).join('\nUNION ALL\n');
    const total = (db.prepare(`SELECT count(*) AS n FROM (${union})`).get() as { n: number }).n;
    const items = db
      .prepare(`SELECT * FROM (${union}) ORDER BY deletedAt DESC, entity, id DESC LIMIT ? OFFSET ?`)
      .all(input.limit ?? 100, input.offset ?? 0) as RecycleItem[];
    return { items, total };
  },
};
