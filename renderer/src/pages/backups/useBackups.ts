import { create } from 'zustand';
import type { BackupInfo, MirrorStatus } from '../../../../shared/contract/backups';
import type { ResultError } from '../../../../shared/result';
import { call } from '../../api/client';

interface BackupsState {
  /** The backups, newest first; null until read. */
  backups: BackupInfo[] | null;
  loadError: ResultError | null;
  mirror: MirrorStatus | null;
  load(): Promise<void>;
  loadMirror(): Promise<void>;
}

/** The backup list and the second folder's status: the page and the header's age read the same list. */
export const useBackups = create<BackupsState>()((set) => ({
  backups: null,
  loadError: null,
  mirror: null,
  async load() {
    const r = await call('backups.list', {});
    if (r.ok) set({ backups: r.value, loadError: null });
    else set({ loadError: r.error });
  },
  async loadMirror() {
    const r = await call('backups.mirrorStatus', {});
    if (r.ok) set({ mirror: r.value });
  },
}));
