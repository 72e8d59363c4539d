import { parentPort, threadId } from 'node:worker_threads';
import { ArchiveError } from '../../errors';
import { runJob, type JobResult } from './jobs';
import type { JobMessage, ReplyMessage } from './protocol';

/**
 * The export worker's entry: runs the jobs posted to it (jobs.ts: the .docx and .xlsx files, the
 * snapshot and the data digest), one at a time, off the thread that serves the window. Started by
 * `exportWorkerPool.ts`.
 */
const port = parentPort!;

/**
 * Posts the result, its buffers transferred rather than copied; a view into a larger buffer is
 * copied into one of its own first. (A buffer SQLite allocated would be copied again on the
 * receiving thread: the jobs copy those into memory of JavaScript's own themselves.)
 */
function reply(id: number, result: JobResult) {
  const { bytes: built, value, transfer = [] } = result;
  const whole = built.byteOffset === 0 && built.byteLength === built.buffer.byteLength;
  const bytes = whole ? built : new Uint8Array(built);
  const message: ReplyMessage = { id, ok: true, bytes, threadId, ...(value !== undefined && { value }) };
  port.postMessage(message, [bytes.buffer as ArrayBuffer, ...transfer]);
}

port.on('message', ({ id, job }: JobMessage) => {
  runJob(job).then(
    (result) => reply(id, result),
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      const code = e instanceof ArchiveError ? e.code : (err as { code?: string }).code;
      const failure: ReplyMessage = {
        id,
        ok: false,
        error: { name: err.name, message: err.message, ...(code !== undefined && { code }), stack: err.stack },
      };
      port.postMessage(failure);
    },
  );
});
