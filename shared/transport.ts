import type { Input, MethodName, Output } from './api';
import type { Result } from './result';

/** Progress of long work (export, import, backup), pushed to whoever started it. */
export interface Progress {
  task: string;
  /** 0..1, or null while the amount of work is unknown. */
  fraction: number | null;
  message: string;
}

/** What the renderer sees of the archive, over Electron IPC or HTTP alike. */
export interface ArchiveTransport {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  onProgress(listener: (p: Progress) => void): () => void;
}

export const IPC_CHANNEL = 'archive:call';
export const IPC_PROGRESS_CHANNEL = 'archive:progress';
export const HTTP_CALL_PATH = '/api/call';
