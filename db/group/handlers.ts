import type Database from 'better-sqlite3';
import type { GroupSettings } from '../../shared/contract/group';
import { audit } from '../audit/log';
import { refreshNameKeys } from '../members/order/nameKey';
import { snake } from '../repo/table';
import type { HandlersFor } from '../repo/context';

function readGroup(db: Database.Database): GroupSettings {
  const row = db
    .prepare(
      `SELECT name, parent_committee AS parentCommittee, term, party_committee AS partyCommittee, government,
              current_year AS currentYear, points_enabled AS pointsEnabled, name_order AS nameOrder, updated_at AS updatedAt
       FROM group_settings WHERE id = 1`,
    )
    .get() as Omit<GroupSettings, 'pointsEnabled'> & { pointsEnabled: number };
  return { ...row, pointsEnabled: row.pointsEnabled === 1 };
}

export const groupHandlers: HandlersFor<'group'> = {
  'group.get': ({ db }) => readGroup(db),
  'group.update': ({ db }, patch) =>
    db.transaction(() => {
      const before = readGroup(db);
      const values: Record<string, unknown> = { updated_at: new Date().toISOString() };
      for (const [key, v] of Object.entries(patch)) {
        if (v !== undefined) values[snake(key)] = typeof v === 'boolean' ? Number(v) : v;
      }
      const sets = Object.keys(values).map((c) => `${c} = @${c}`);
      db.prepare(`UPDATE group_settings SET ${sets.join(', ')} WHERE id = 1`).run(values);
      const after = readGroup(db);
      // Every list reads members by their stored key: a new order rewrites the keys at once.
      if (after.nameOrder !== before.nameOrder) refreshNameKeys(db);
      audit(db, {
        entity: 'group',
        entityId: 1,
        action: 'update',
        summary: `修改联络组设置 ${after.name}`.trim(),
        before,
        after,
      });
      return after;
    })(),
};
