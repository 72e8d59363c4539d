import type Database from 'better-sqlite3';
import crypto from 'node:crypto';

/** A table as the digest reads it: which columns, and whether rows can be ordered by rowid. */
export interface TableShape {
  name: string;
  columns: string[];
  withoutRowid: boolean;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table that holds the archive's content: ordinary tables (sqlite_sequence included) and the
 * search index itself; FTS shadow tables are left out, as they are only its storage.
 */
export function tableShapes(db: Database.Database): TableShape[] {
  const tables = db.pragma('table_list') as { schema: string; name: string; type: string; wr: number }[];
  return tables
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual'))
    .filter((t) => t.name === 'sqlite_sequence' || !t.name.startsWith('sqlite_'))
    .map((t) => ({
      name: t.name,
      columns: (db.pragma(`table_xinfo(${quote(t.name)})`) as { name: string; hidden: number }[])
        .filter((c) => c.hidden !== 1)
        .map((c) => c.name),
      withoutRowid: t.wr === 1,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Statements kept per connection: a fuzz run takes thousands of digests of the same tables. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let stmt = forDb.get(sql);
  if (!stmt) forDb.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function rowsOf(db: Database.Database, t: TableShape): unknown[][] {
  const cols = t.columns.map(quote).join(', ');
  // WITHOUT ROWID tables have no rowid; every column together orders them just as stably.
  const order = t.withoutRowid ? t.columns.map((_, i) => i + 1).join(', ') : 'rowid';
  const select = t.withoutRowid ? cols : `rowid, ${cols}`;
  return prepared(db, `SELECT ${select} FROM ${quote(t.name)} ORDER BY ${order}`)
    .raw()
    .all() as unknown[][];
}

const encode = (_key: string, v: unknown) =>
  Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : typeof v === 'bigint' ? `int:${v}` : v;

/**
 * SHA-256 over each table's rows in rowid order: equal digests mean no row anywhere was added,
 * removed or changed. Pass `shapes` to compare only the columns an older schema had.
 */
export function archiveDigest(db: Database.Database, shapes: TableShape[] = tableShapes(db)): string {
  const hash = crypto.createHash('sha256');
  for (const t of shapes) {
    hash.update(`${t.name}\n`);
    for (const row of rowsOf(db, t)) hash.update(`${JSON.stringify(row, encode)}\n`);
  }
  return hash.digest('hex');
}

/** How many rows each table holds, by table name. */
export function rowCounts(db: Database.Database, shapes: TableShape[] = tableShapes(db)): Record<string, number> {
  return Object.fromEntries(
    shapes.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM ${quote(t.name)}`).get() as { n: number }).n]),
  );
}
