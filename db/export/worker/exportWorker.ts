import { parentPort, threadId } from 'node:worker_threads';
import { ArchiveError } from '../../errors';
import { runJob } from './jobs';
import type { JobMessage, ReplyMessage } from './protocol';

/**
 * The export worker's entry: builds the .docx and .xlsx files posted to it, one job at a time, off
 * the thread that serves the window. Started by `exportWorkerPool.ts`.
 */
const port = parentPort!;

/**
 * Posts the bytes, their buffer transferred rather than copied; a view into a larger buffer, or a
 * buffer that cannot be handed over (one SQLite allocated), is copied into one of its own first.
 */
function reply(id: number, bytes: Uint8Array) {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const own = whole ? bytes : new Uint8Array(bytes);
  try {
    port.postMessage({ id, ok: true, bytes: own, threadId } satisfies ReplyMessage, [own.buffer as ArrayBuffer]);
  } catch {
    const copy = new Uint8Array(own);
    port.postMessage({ id, ok: true, bytes: copy, threadId } satisfies ReplyMessage, [copy.buffer]);
  }
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
