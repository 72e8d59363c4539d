import type Database from 'better-sqlite3';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement for this connection, compiled once and reused: better-sqlite3 keeps no
 * statement cache of its own, and re-preparing on every call cost the contract path a large
 * share of its time over the raw statement in the bench. Only for statements run with
 * get/all/run (an iterator in progress must not be shared).
 */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
