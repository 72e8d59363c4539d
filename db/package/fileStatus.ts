import type { PackageEntry } from '../../shared/contract/packages';
import type { PackageFileStatus } from '../../shared/enums';
import { ArchiveError } from '../errors';
import { parseSums, type FileDigest } from './digests';
import { MANIFEST, SHA256SUMS, SM3SUMS } from './manifest';
import { digestAll, readZipBytes, unpack } from './readPackage';

/** What one list says a file should be: any of its fields may be absent (a list names only some). */
type Expected = Partial<Pick<FileDigest, 'size' | 'sha256' | 'sm3'>>;

function text(files: Map<string, Uint8Array>, name: string): string | null {
  const bytes = files.get(name);
  return bytes ? Buffer.from(bytes).toString('utf8') : null;
}

/** manifest.json's file list, or null when it is missing or not the shape a package writes. */
function manifestFiles(raw: string | null): Map<string, Expected> | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as { files?: unknown };
    if (!Array.isArray(parsed.files)) return null;
    const out = new Map<string, Expected>();
    for (const f of parsed.files as Record<string, unknown>[]) {
      if (typeof f?.path !== 'string') return null;
      out.set(f.path, { size: Number(f.size), sha256: String(f.sha256), sm3: String(f.sm3) });
    }
    return out;
  } catch {
    return null;
  }
}

const matches = (d: FileDigest, e: Expected) =>
  (e.size === undefined || e.size === d.size) &&
  (e.sha256 === undefined || e.sha256 === d.sha256) &&
  (e.sm3 === undefined || e.sm3 === d.sm3);

/**
 * File by file, what a package holds against what its three lists say it should: 完好 (every list
 * that names it agrees with its bytes), 被修改 (a list disagrees, or a list itself is unreadable),
 * 缺失 (named but absent), 多出 (present but named by none). Null when the zip cannot be read at
 * all or names a file outside itself; the check's problem then says why.
 */
export async function packageEntries(file: string): Promise<PackageEntry[] | null> {
  let files: Map<string, Uint8Array>;
  try {
    files = unpack(readZipBytes(file));
  } catch (e) {
    if (e instanceof ArchiveError) return null;
    throw e;
  }
  const digests = await digestAll(files);
  const manifestRaw = text(files, MANIFEST);
  const sha256Raw = text(files, SHA256SUMS);
  const sm3Raw = text(files, SM3SUMS);
  const byManifest = manifestFiles(manifestRaw);
  const sha256 = sha256Raw === null ? null : parseSums(sha256Raw);
  const sm3 = sm3Raw === null ? null : parseSums(sm3Raw);
  const readable: Record<string, boolean> = {
    [MANIFEST]: byManifest !== null,
    [SHA256SUMS]: sha256 !== null,
    [SM3SUMS]: sm3 !== null,
  };

  const expected = new Map<string, Expected[]>();
  const expect = (p: string, e: Expected) => expected.set(p, [...(expected.get(p) ?? []), e]);
  for (const [p, e] of byManifest ?? []) expect(p, e);
  for (const [p, h] of sha256 ?? []) expect(p, { sha256: h });
  for (const [p, h] of sm3 ?? []) expect(p, { sm3: h });

  const paths = new Set([...digests.keys(), ...expected.keys(), MANIFEST, SHA256SUMS, SM3SUMS]);
  const entries: PackageEntry[] = [];
  for (const p of [...paths].sort()) {
    const d = digests.get(p);
    const listed = expected.get(p);
    let status: PackageFileStatus;
    if (!d) status = 'missing';
    else if (p in readable && !readable[p]) status = 'modified';
    else if (!listed) status = p in readable ? 'intact' : 'extra';
    else status = listed.every((e) => matches(d, e)) ? 'intact' : 'modified';
    const size = d?.size ?? byManifest?.get(p)?.size ?? null;
    entries.push({ path: p, status, size: Number.isFinite(size) ? size : null });
  }
  return entries;
}
