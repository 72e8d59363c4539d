import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/contract/backups';
import { ArchiveError } from '../errors';
import { parseBackupName } from './names';

/** Every backup in `dir` (files whose names say kind and time), newest first; other files are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const items: (BackupInfo & { seq: number })[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    items.push({ name, kind: parsed.kind, createdAt: parsed.at.toISOString(), size: stat.size, seq: parsed.seq });
  }
  return items
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq)
    .map(({ seq: _seq, ...info }) => info);
}

/** Looks a client-given name up in the list: only names the list holds reach the file system. */
export function findBackup(dir: string, name: string): BackupInfo {
  const hit = listBackups(dir).find((b) => b.name === name);
  if (!hit) throw new ArchiveError('NOT_FOUND', `找不到名为 ${name} 的备份，请刷新备份列表后重新选择。`);
  return hit;
}
