import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheck } from '../../shared/contract/backups';
import { schemaVersion } from '../migrate';

/**
 * Opens a backup read-only and runs the full integrity_check: a backup counts only when this
 * passes. Also reads its schema version so a restore can refuse one from a newer app.
 */
export function verifyBackupFile(file: string): BackupCheck {
  const name = path.basename(file);
  if (!fs.existsSync(file)) return { name, ok: false, schemaVersion: null, problem: '备份文件不存在。' };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const version = schemaVersion(db);
    if (rows.length !== 1 || rows[0].integrity_check !== 'ok') {
      const detail = rows.slice(0, 3).map((r) => r.integrity_check).join('；');
      return { name, ok: false, schemaVersion: version, problem: `完整性检查未通过：${detail}` };
    }
    if (version < 1) return { name, ok: false, schemaVersion: version, problem: '这个文件不是档案的备份（没有档案结构）。' };
    return { name, ok: true, schemaVersion: version, problem: null };
  } catch (e) {
    return { name, ok: false, schemaVersion: null, problem: `无法读取备份文件：${(e as Error).message}` };
  } finally {
    db?.close();
  }
}
