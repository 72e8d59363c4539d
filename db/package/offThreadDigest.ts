import { Worker } from 'node:worker_threads';
import { digestOf, nativeSm3, type FileDigest } from './digests';

/**
 * The worker's own source, evaluated as CommonJS: no file of its own to find, so it works the same
 * from tsx, from the bundled Electron main process and under vitest. It hashes the bytes it is
 * sent and, when asked, sends them back (moved, not copied) with their digests.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
parentPort.once('message', ({ bytes, giveBack }) => {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sm3 = createHash('sm3').update(bytes).digest('hex');
  if (giveBack) parentPort.postMessage({ sha256, sm3, bytes }, [bytes.buffer]);
  else parentPort.postMessage({ sha256, sm3, size: bytes.length });
});
`;

/**
 * An array that owns its whole (non-shared) buffer can be moved to the worker and back without a
 * copy. Not a Buffer: it may share Node's pool, or wrap memory (sqlite3_serialize's) that V8 copies
 * instead of moving.
 */
const ownsItsBuffer = (b: Uint8Array) =>
  !Buffer.isBuffer(b) && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;

interface Reply {
  sha256: string;
  sm3: string;
  size?: number;
  bytes?: Uint8Array;
}

function hashInWorker(bytes: Uint8Array, giveBack: boolean): Promise<Reply> {
  // A copy through the constructor: Buffer's own slice() would give a view, not a copy.
  const lent = ownsItsBuffer(bytes) ? bytes : new Uint8Array(bytes);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.once('message', (r: Reply) => {
      void worker.terminate();
      resolve(r);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`校验值计算线程意外退出（${code}）`)));
    worker.postMessage({ bytes: lent, giveBack }, [lent.buffer as ArrayBuffer]);
  });
}

/**
 * SHA-256 and SM3 of one large file on a thread of its own. SM3 runs at about 150 MB/s, so the
 * snapshot of a whole archive takes over a second to hash: on a second core it runs while this
 * thread zips and hashes everything else. Where there is no native SM3 (Electron's BoringSSL) the
 * portable one cannot run in a bare worker, and the digest is taken here.
 *
 * An array owning its buffer is moved to the worker and freed there: the caller must not use it
 * again. Any other array is copied first.
 */
export async function digestOffThread(path: string, bytes: Uint8Array): Promise<FileDigest> {
  if (!nativeSm3) return digestOf(path, bytes);
  const r = await hashInWorker(bytes, false);
  return { path, size: r.size ?? 0, sha256: r.sha256, sm3: r.sm3 };
}

/** As digestOffThread, for bytes the caller still needs: they are lent to the worker and given back. */
export async function digestLent(path: string, bytes: Uint8Array): Promise<{ digest: FileDigest; bytes: Uint8Array }> {
  if (!nativeSm3) return { digest: digestOf(path, bytes), bytes };
  const r = await hashInWorker(bytes, true);
  const back = r.bytes ?? new Uint8Array();
  return { digest: { path, size: back.length, sha256: r.sha256, sm3: r.sm3 }, bytes: back };
}
