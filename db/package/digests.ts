import { createHash } from 'node:crypto';
import { createSM3 } from 'hash-wasm';

/** The two digests every file of a year package carries: SHA-256 for `sha256sum -c`, SM3 for the national standard. */
export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
  sm3: string;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Bytes hashed between two turns of the event loop. SM3 in WebAssembly runs at about 130 MB/s and
 * SHA-256 at about 450 MB/s, so one chunk holds the thread for under 10 ms: a 190 MB snapshot is
 * hashed on the thread that serves the window without a pause anyone could notice. (Node's own
 * SM3 is no faster, and Electron's BoringSSL has none.)
 */
export const CHUNK_BYTES = 2 ** 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Feeds the bytes chunk by chunk to each update, letting other work run between chunks. */
export async function inChunks(bytes: Uint8Array, updates: ((chunk: Uint8Array) => unknown)[]): Promise<void> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    if (at > 0) await nextTurn();
    const chunk = bytes.subarray(at, at + CHUNK_BYTES);
    for (const update of updates) update(chunk);
  }
}

/** SM3 (GB/T 32905-2016) of the bytes, as lowercase hex. */
export async function sm3Hex(bytes: Uint8Array): Promise<string> {
  const sm3 = await createSM3();
  await inChunks(bytes, [(c) => sm3.update(c)]);
  return sm3.digest('hex');
}

/** Both digests of one file, in one pass over its bytes. */
export async function digestOf(path: string, bytes: Uint8Array): Promise<FileDigest> {
  const sha256 = createHash('sha256');
  const sm3 = await createSM3();
  await inChunks(bytes, [(c) => sha256.update(c), (c) => sm3.update(c)]);
  return { path, size: bytes.length, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
}

/** A checksum list in the format `sha256sum -c` reads: "<hex>  <path>" per line, in path order. */
export function sumsText(digests: FileDigest[], field: 'sha256' | 'sm3'): string {
  return [...digests]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((d) => `${d[field]}  ${d.path}\n`)
    .join('');
}

/** Reads a checksum list back; null when a line is not "<64 hex>  <path>" or a path repeats. */
export function parseSums(text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  if (lines.pop() !== '') return null;
  for (const line of lines) {
    const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    if (!m || out.has(m[2])) return null;
    out.set(m[2], m[1]);
  }
  return out;
}
