import { BACKUP_KINDS, type BackupKind } from '../../shared/contract/backups';

/**
 * Backup file names: `<kind>-<YYYYMMDD-HHMMSS>[-n].sqlite`, the time in UTC as openArchive already
 * names its pre-migration backups (`pre-migration-v<N>-<stamp>.sqlite`). The name alone tells the
 * kind and the time, so listing and rotation never need to open a file.
 */
const NAME = /^(daily|pre-import|pre-restore|manual|pre-migration-v\d+)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.sqlite$/;

export interface ParsedName {
  kind: BackupKind;
  at: Date;
  /** 1 for the first backup of a kind in a second, 2, 3… for the next ones. */
  seq: number;
}

export function parseBackupName(name: string): ParsedName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = (m[1].startsWith('pre-migration') ? 'pre-migration' : m[1]) as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number);
  return { kind, at: new Date(Date.UTC(y, mo - 1, d, h, mi, s)), seq: m[8] ? Number(m[8]) : 1 };
}

export function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
}

/** A fresh name for a backup of `kind` made at `at`; `taken` says which names already exist. */
export function backupName(kind: Exclude<BackupKind, 'pre-migration'>, at: Date, taken: (name: string) => boolean): string {
  const base = `${kind}-${stampOf(at)}`;
  let name = `${base}.sqlite`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.sqlite`;
  return name;
}
