import type Database from 'better-sqlite3';
import type { NameOrder } from '../../../shared/enums';
import { prepared } from '../../repo/statements';
import { pinyinKey } from './pinyinKey';
import { strokesKey } from './strokesKey';

/**
 * Every list of members is read `ORDER BY name_key, id`: the key is worked out when a name is
 * written, for the order the group has chosen (设置 → 姓名排序), and rewritten for every member
 * when that choice changes. One order for the screens, the pickers, the matrix, the volume and
 * the ledgers.
 */
export const nameKey = (name: string, order: NameOrder): string =>
  order === 'strokes' ? strokesKey(name) : pinyinKey(name);

/** The ORDER BY of members in the group's order; `alias` is the members table's, e.g. `m.`. */
export const byName = (alias = '') => `${alias}name_key, ${alias}id`;

export const nameOrderOf = (db: Database.Database): NameOrder =>
  (prepared(db, 'SELECT name_order FROM group_settings WHERE id = 1').pluck().get() as NameOrder | undefined) ??
  'pinyin';

/** The key of a name in this archive's order, for a member being written. */
export const memberNameKey = (db: Database.Database, name: string): string => nameKey(name, nameOrderOf(db));

/**
 * Rewrites every member's key (those in the recycle bin too) for the archive's order; rows whose
 * key is already right are left alone. Returns how many changed. Call inside the writing
 * transaction.
 */
export function refreshNameKeys(db: Database.Database): number {
  const order = nameOrderOf(db);
  const rows = db.prepare('SELECT id, name, name_key AS key FROM members').all() as {
    id: number;
    name: string;
    key: string;
  }[];
  const set = db.prepare('UPDATE members SET name_key = ? WHERE id = ?');
  let changed = 0;
  for (const r of rows) {
    const key = nameKey(r.name, order);
    if (key === r.key) continue;
    set.run(key, r.id);
    changed += 1;
  }
  return changed;
}
