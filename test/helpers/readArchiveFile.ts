import Database from 'better-sqlite3';

/**
 * Reads an archive file on a read-only connection of its own, as another process would see it
 * (the host's or the CLI's writes included), and closes it again.
 */
export function readArchiveFile<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The `n` of a `SELECT count(*) AS n …` read from the file that way. */
export const countInFile = (file: string, sql: string): number =>
  readArchiveFile(file, (db) => (db.prepare(sql).get() as { n: number }).n);
