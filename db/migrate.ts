import type Database from 'better-sqlite3';
import { ArchiveError } from './errors';
import { LATEST_VERSION, migrations, type Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before anything is written, an archive made by a newer version of the app. */
export function assertNotNewer(version: number, latest = LATEST_VERSION): void {
  if (version > latest) {
    throw new ArchiveError(
      'SCHEMA_TOO_NEW',
      `这个档案文件由更新版本的程序创建（结构版本 ${version}，本程序只认识到 ${latest}）。` +
        '为保护数据，本程序不会打开或修改它，请升级程序后再打开。',
    );
  }
}

/** Runs every pending migration in one transaction: all of them land, or none. */
export function runMigrations(db: Database.Database, list: Migration[] = migrations): number[] {
  const from = schemaVersion(db);
  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      m.backfill?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
