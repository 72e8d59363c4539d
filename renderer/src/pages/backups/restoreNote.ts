import type { BackupInfo } from '../../../../shared/contract/backups';

/**
 * What the page says after the window reloads on a restore: which backup was restored and the
 * pre-restore backup that undoes it. Kept in sessionStorage, which lives as long as the window.
 */
export interface RestoreNote {
  /** 'restored': the offer to undo; 'undone': the restore was undone. */
  step: 'restored' | 'undone';
  restored: Pick<BackupInfo, 'name' | 'createdAt'>;
  undo: Pick<BackupInfo, 'name' | 'createdAt'>;
}

const KEY = 'liaison-archive.restoreNote';

export function saveRestoreNote(note: RestoreNote): void {
  sessionStorage.setItem(KEY, JSON.stringify(note));
}

export function readRestoreNote(): RestoreNote | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as RestoreNote | null;
    return raw && (raw.step === 'restored' || raw.step === 'undone') && raw.restored?.name && raw.undo?.name
      ? raw
      : null;
  } catch {
    return null;
  }
}

export function clearRestoreNote(): void {
  sessionStorage.removeItem(KEY);
}
