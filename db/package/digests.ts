import { createHash, getHashes } from 'node:crypto';
import smCrypto from 'sm-crypto';

/** The two digests every file of a year package carries: SHA-256 for `sha256sum -c`, SM3 for the national standard. */
export interface FileDigest {
  path: string;
  size: number;
  sha256: string;
  sm3: string;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
/** SM3 in pure JavaScript: about 3 MB/s, enough for a fallback. */
export const sm3Portable = (bytes: Uint8Array): string => smCrypto.sm3(bytes);
/**
 * Node's OpenSSL has SM3 and is some 30 times faster (a year of photos takes seconds, not minutes);
 * Electron's BoringSSL has none, so the app falls back to the portable one.
 */
export const nativeSm3 = getHashes().includes('sm3');
export const sm3Hex = (bytes: Uint8Array): string =>
  nativeSm3 ? createHash('sm3').update(bytes).digest('hex') : sm3Portable(bytes);

export function digestOf(path: string, bytes: Uint8Array): FileDigest {
  return { path, size: bytes.length, sha256: sha256Hex(bytes), sm3: sm3Hex(bytes) };
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
