import { Worker } from 'node:worker_threads';
import { ArchiveError } from '../../errors';
import type { ErrorCode } from '../../../shared/result';
import type { ExportJob } from './jobs';
import type { JobMessage, ReplyMessage } from './protocol';
import { exportWorkerFile, workerSource } from './workerFile';

/*
 * One worker thread for the exports' long steps (the `docx` library building a volume, ExcelJS a
 * workbook, the archive's snapshot and data digest), started at the first job and kept for the
 * next, so the thread that serves the window never runs them. It holds the process open only
 * while a job is running, and is stopped when the archive closes.
 */

interface Pending {
  resolve: (r: { bytes: Buffer; value: unknown; threadId: number }) => void;
  reject: (e: Error) => void;
}

/** A started worker and the jobs it has not answered yet. */
interface Running {
  thread: Worker;
  pending: Map<number, Pending>;
}

let current: Running | null = null;
let nextId = 1;
let stopWhenIdle = false;

const crashed = (why: string) =>
  new ArchiveError('INTERNAL', `生成文件的后台线程意外停止（${why}），本次导出未完成，请重试。`);

function failAll(r: Running, e: Error) {
  const all = [...r.pending.values()];
  r.pending.clear();
  for (const p of all) p.reject(e);
}

function fromReply(error: Extract<ReplyMessage, { ok: false }>['error']): Error {
  if (error.name === 'ArchiveError' && error.code) return new ArchiveError(error.code as ErrorCode, error.message);
  const e = new Error(error.message) as Error & { code?: string };
  e.name = error.name;
  if (error.code !== undefined) e.code = error.code;
  if (error.stack) e.stack = error.stack;
  return e;
}

function started(): Running {
  if (current) return current;
  const { source, eval: isScript } = workerSource(exportWorkerFile(import.meta.url));
  const r: Running = { thread: new Worker(source, { eval: isScript }), pending: new Map() };
  const w = r.thread;
  w.unref();
  w.on('message', (reply: ReplyMessage) => {
    const p = r.pending.get(reply.id);
    if (!p) return;
    r.pending.delete(reply.id);
    if (r.pending.size === 0) {
      w.unref();
      if (stopWhenIdle && current === r) void stopExportWorker();
    }
    if (reply.ok)
      p.resolve({
        bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
        value: reply.value,
        threadId: reply.threadId,
      });
    else p.reject(fromReply(reply.error));
  });
  w.on('error', (e) => {
    if (current === r) current = null;
    failAll(r, crashed(e.message));
  });
  w.on('exit', (code) => {
    if (current === r) current = null;
    failAll(r, crashed(`退出码 ${code}`));
  });
  current = r;
  return r;
}

/** Copies of the job's photo bytes, each in a buffer of its own, to transfer rather than clone. */
function transferables(job: ExportJob): { job: ExportJob; transfer: ArrayBuffer[] } {
  if (job.kind !== 'docx') return { job, transfer: [] };
  const photos = new Map([...job.photos].map(([sha, bytes]) => [sha, new Uint8Array(bytes)]));
  return { job: { ...job, photos }, transfer: [...photos.values()].map((b) => b.buffer as ArrayBuffer) };
}

/** Runs the job on the export worker; its file's bytes (and value, for a job that has one), and the thread that built them. */
export function runOnExportWorker(job: ExportJob): Promise<{ bytes: Buffer; value: unknown; threadId: number }> {
  stopWhenIdle = false;
  const r = started();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    r.pending.set(id, { resolve, reject });
    r.thread.ref();
    const message = transferables(job);
    try {
      r.thread.postMessage({ id, job: message.job } satisfies JobMessage, message.transfer);
    } catch (e) {
      r.pending.delete(id);
      if (r.pending.size === 0) r.thread.unref();
      reject(e as Error);
    }
  });
}

/** The worker thread, if one is running (for tests). */
export const exportWorkerThread = (): Worker | null => current?.thread ?? null;

/** Stops the worker once its running jobs are done; the next job starts a new one. */
export async function stopExportWorker(): Promise<void> {
  if (!current) return;
  if (current.pending.size) {
    stopWhenIdle = true;
    return;
  }
  const { thread } = current;
  current = null;
  stopWhenIdle = false;
  await thread.terminate();
}
