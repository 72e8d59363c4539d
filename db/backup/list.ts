import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheckRecord, BackupInfo } from '../../shared/contract/backups';
import { ArchiveError } from '../errors';
import { readChecks, type StoredCheck } from './checks';
import { keeperRules } from './keepers';
import { parseBackupName } from './names';
import { ROTATED_KINDS } from './rotatedKinds';

/** A check recorded after creation, else the one every backup but a pre-migration one passed as it was made. */
function lastCheckOf(
  info: Pick<BackupInfo, 'kind' | 'createdAt'>,
  stored: StoredCheck | undefined,
): BackupCheckRecord | null {
  if (stored) return { ...stored, atCreation: false };
  if (info.kind === 'pre-migration') return null;
  return { at: info.createdAt, ok: true, problem: null, atCreation: true };
}

/** Every backup in `dir` (files whose names say kind and time), newest first; other files are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const checks = readChecks(dir);
  const items: (BackupInfo & { seq: number })[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const createdAt = parsed.at.toISOString();
    items.push({
      name,
      kind: parsed.kind,
      createdAt,
      size: stat.size,
      keptAs: null,
      lastCheck: lastCheckOf({ kind: parsed.kind, createdAt }, checks[name]),
      seq: parsed.seq,
    });
  }
  // The rule that keeps each automatic backup, as rotation would choose (a backup found bad counts for none).
  const rotated = items.filter((b) => ROTATED_KINDS.includes(b.kind));
  const rules = keeperRules(
    rotated.map((b) => ({ name: b.name, at: new Date(b.createdAt) })),
    (name) => checks[name]?.ok !== false,
  );
  return items
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq)
    .map(({ seq: _seq, ...info }) => ({ ...info, keptAs: rules.get(info.name) ?? null }));
}

/** Looks a client-given name up in the list: only names the list holds reach the file system. */
export function findBackup(dir: string, name: string): BackupInfo {
  const hit = listBackups(dir).find((b) => b.name === name);
  if (!hit) throw new ArchiveError('NOT_FOUND', `找不到名为 ${name} 的备份，请刷新备份列表后重新选择。`);
  return hit;
}
