import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupDirFor } from '../../archive';
import { diskFullMessage, isDiskFull, roomNeeded } from '../../diskFull';
import { LATEST_VERSION } from '../../migrations';
import { schemaVersion } from '../../migrate';
import { ExitCode } from '../exitCodes';
import { complain, say } from '../output';

interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
}

/** What is wrong with the file, in Chinese; empty when the file is sound. */
function problemsOf(db: Database.Database): string[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const problems = integrity.filter((line) => line !== 'ok').map((line) => `完整性：${line}`);
  for (const fk of db.pragma('foreign_key_check') as ForeignKeyProblem[]) {
    problems.push(`外键：表 ${fk.table} 第 ${fk.rowid ?? '?'} 行引用的 ${fk.parent} 记录不存在`);
  }
  return problems;
}

/** Read-only: the check never writes a byte, so it is safe on a file that may be damaged. */
export function check(file: string): ExitCode {
  if (!fs.existsSync(file)) {
    complain(`档案文件不存在：${file}`);
    return ExitCode.failed;
  }
  let problems: string[];
  let version = 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      version = schemaVersion(db);
      problems = problemsOf(db);
    } finally {
      db.close();
    }
  } catch (e) {
    // Even a read-only look at a WAL archive needs room for its index (-shm): a full disk is not damage.
    const dir = path.dirname(path.resolve(file));
    if (isDiskFull(e, dir)) {
      complain(diskFullMessage(roomNeeded(file, 'open'), dir, '无法检查档案'));
      return ExitCode.failed;
    }
    problems = [
      `无法读取档案结构（${(e as { code?: string }).code ?? (e as Error).message}），文件已损坏或不是档案文件`,
    ];
  }
  if (problems.length > 0) {
    complain(`档案检查未通过：${file}`);
    for (const p of problems.slice(0, 50)) complain(`  - ${p}`);
    if (problems.length > 50) complain(`  …… 另有 ${problems.length - 50} 处问题`);
    complain(`请不要继续写入这个文件，用程序内的备份或 ${backupDirFor(file)} 中的备份恢复。`);
    return ExitCode.damaged;
  }
  say(`档案检查通过：完整性正常，外键引用完整。${file}`);
  const note =
    version > LATEST_VERSION ? '（由更新版本的程序创建）' : version < LATEST_VERSION ? '（打开时会升级）' : '';
  say(`结构版本：${version}，本程序：${LATEST_VERSION}${note}`);
  return ExitCode.ok;
}
