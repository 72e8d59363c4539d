import type { ErrorCode } from '../../../shared/result';
import type { ExportJob } from './jobs';

/** What the calling thread posts to the export worker. */
export interface JobMessage {
  id: number;
  job: ExportJob;
}

/** What the worker posts back for one job: the file's bytes (their buffer transferred), or the error. */
export type ReplyMessage =
  | { id: number; ok: true; bytes: Uint8Array; value?: unknown; threadId: number }
  | { id: number; ok: false; error: { name: string; message: string; code?: ErrorCode | string; stack?: string } };
