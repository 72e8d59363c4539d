import { create } from 'zustand';
import type { ImportOutcome, PackageCheck } from '../../../../../shared/contract/packages';
import type { ReceivedFile } from '../../../../../shared/receivedFiles';
import type { ResultError } from '../../../../../shared/result';
import type { Progress } from '../../../../../shared/transport';
import { call } from '../../../api/client';
import { receiveFile } from '../../../files/receiveFile';

/** Where a received package stands: chosen and sent, checked, being imported, imported. */
export type ReceivedPhase = 'idle' | 'receiving' | 'verifying' | 'checked' | 'importing' | 'imported';

interface ReceivedState {
  phase: ReceivedPhase;
  /** 0..1 of the current phase (the upload, then the import). */
  fraction: number;
  message: string;
  received: ReceivedFile | null;
  check: PackageCheck | null;
  outcome: ImportOutcome | null;
  error: ResultError | null;
  /** Sends the chosen file to the host (browser mode) and checks it file by file. */
  open(file: File): Promise<void>;
  /** Imports the checked package as a new archive (by file name) or into this archive's empty year. */
  importInto(into: 'new' | 'current', newFile?: string): Promise<void>;
  heard(progress: Progress): void;
  reset(): void;
}

const idle = {
  phase: 'idle' as const,
  fraction: 0,
  message: '',
  received: null,
  check: null,
  outcome: null,
  error: null,
};

export const useReceivedPackage = create<ReceivedState>()((set, get) => ({
  ...idle,

  async open(file) {
    set({ ...idle, phase: 'receiving', message: `正在读取 ${file.name}…` });
    const received = await receiveFile(file, (fraction) => set({ fraction }));
    if (!received.ok) return set({ phase: 'idle', error: received.error });
    set({ phase: 'verifying', received: received.value, fraction: 1, message: '正在逐个文件核对校验值…' });
    const r = await call('package.verify', { file: received.value.file });
    if (!r.ok) return set({ phase: 'idle', error: r.error });
    set({ phase: 'checked', check: { ...r.value, name: received.value.name }, message: '' });
  },

  async importInto(into, newFile) {
    const { received, check } = get();
    if (!received || !check?.ok) return;
    set({ phase: 'importing', fraction: 0, message: '正在开始导入…', error: null });
    const r = await call('package.import', into === 'new' ? { file: received.file, into, newFile } : { file: received.file, into });
    if (!r.ok) return set({ phase: 'checked', error: r.error, message: '' });
    set({ phase: 'imported', outcome: r.value, fraction: 1, message: '' });
  },

  heard(progress) {
    if (progress.task !== 'package.import' || get().phase !== 'importing') return;
    set({ fraction: progress.fraction ?? get().fraction, message: progress.message });
  },

  reset: () => set(idle),
}));
