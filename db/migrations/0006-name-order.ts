import type Database from 'better-sqlite3';
import { refreshNameKeys } from '../members/order/nameKey';

/**
 * Names in the order official lists use. Every member gets a stored sort key (name_key) worked
 * out from the name for the group's chosen order (name_order: pinyin with surnames read as
 * surnames, or 按姓氏笔画); every list reads `ORDER BY name_key, id`. The pickers' covering index
 * (migration 4) now leads with the key. The keys are computed in JavaScript (pinyin and stroke
 * data), so this migration fills them after its SQL, in the same transaction.
 */
export const sql = `
ALTER TABLE group_settings ADD COLUMN name_order TEXT NOT NULL DEFAULT 'pinyin' CHECK (name_order IN ('pinyin', 'strokes'));
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
DROP INDEX members_names;
CREATE INDEX members_names ON members (name_key, id, name, name_initials, sector, status) WHERE deleted_at IS NULL;
`;

export function backfill(db: Database.Database): void {
  refreshNameKeys(db);
}
