import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}
export class BodyTooSlow extends Error {}

/** How long a whole request body may take to arrive; a real one over loopback takes well under a second. */
export const BODY_TIMEOUT_MS = 30_000;

/**
 * Reads the whole request body, giving up as soon as it passes `limit` bytes or has not all
 * arrived `timeoutMs` after the headers (a client dribbling bytes would otherwise hold the
 * connection and its buffer for ever).
 */
export function readBody(req: IncomingMessage, limit: number, timeoutMs = BODY_TIMEOUT_MS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (e: Error) => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      reject(e);
    };
    const timer = setTimeout(() => stop(new BodyTooSlow()), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(new BodyTooLarge());
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', stop);
  });
}
