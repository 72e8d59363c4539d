import type Database from 'better-sqlite3';
import { prepared } from '../repo/statements';

/** A row of search_index: rowid = kind code × ROWID_FACTOR + the record's id. */
export interface IndexRow {
  rowid: number;
  title: string;
  body: string;
}

/**
 * The title and text of index rows, in the order given. Ranking queries select rowids only, so
 * the text of a row is read for the hits shown, not for every row ranked.
 */
export function indexRows(db: Database.Database, rowids: number[]): IndexRow[] {
  const read = prepared(db, 'SELECT rowid, title, body FROM search_index WHERE rowid = ?');
  return rowids.map((id) => read.get(id) as IndexRow | undefined).filter((r): r is IndexRow => r !== undefined);
}
