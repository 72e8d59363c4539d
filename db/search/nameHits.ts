import type Database from 'better-sqlite3';
import { byName } from '../members/order/nameKey';
import { prepared } from '../repo/statements';
import { indexRows, type IndexRow } from './indexRows';
import { nameReadings, pinyinLetters, spellsName } from './namePinyin';
import { ROWID_FACTOR, searchKindCodes } from './searchKinds';

/** The longest spelling a name can have (尉迟敬德 yuchijingde has 11): longer queries spell none. */
const MAX_LETTERS = 40;

/**
 * Live members whose name the query spells in pinyin, from the surname on: zengwei, zeng wei,
 * ZengWei, zw and zengw all find 曾伟. Only names whose initials start with the query's first
 * letter are read (an index range over name_initials), so a search reads a share of the roster.
 */
export function nameHits(db: Database.Database, query: string, limit: number): IndexRow[] {
  const letters = pinyinLetters(query);
  if (!letters || letters.length > MAX_LETTERS) return [];
  const first = letters[0];
  const after = String.fromCharCode(first.charCodeAt(0) + 1);
  const members = prepared(
    db,
    `SELECT id, name FROM members WHERE deleted_at IS NULL AND name_initials >= ? AND name_initials < ?
     ORDER BY ${byName()}`,
  ).all(first, after) as { id: number; name: string }[];
  const rowids: number[] = [];
  for (const m of members) {
    if (rowids.length >= limit) break;
    if (spellsName(nameReadings(m.name), letters)) rowids.push(searchKindCodes.member * ROWID_FACTOR + m.id);
  }
  return indexRows(db, rowids);
}
