import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors';
import { digestOf, parseSums, type FileDigest } from './digests';
import { checkDataAgreesWithSnapshot } from './dataAgreement';
import {
  MANIFEST,
  SCHEMA,
  SHA256SUMS,
  SM3SUMS,
  listedByManifest,
  listedBySha256,
  listedBySm3,
  manifestSchema,
  type Manifest,
} from './manifest';
import { dataPath, packageTables } from './tables';

/** A package whose every file matched manifest.json, SHA256SUMS and SM3SUMS. */
export interface VerifiedPackage {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
}

/** Far above any real year (photos included), low enough that a crafted zip cannot exhaust memory. */
export const MAX_UNPACKED_BYTES = 1.5 * 1024 ** 3;

/** Refuses a package: nothing has been written when this is thrown. */
export const refusePackage = (why: string): never => {
  throw new ArchiveError('INVALID_INPUT', `年度档案包校验未通过：${why}已拒绝导入，档案未作任何修改。`);
};
const refuse = refusePackage;

/** Why an entry name could write or read outside the package's own folder, or null when it is safe. */
export function unsafeNameProblem(name: string): string | null {
  if (name.includes('\\')) return '含有反斜杠“\\”';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return '是绝对路径';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return '含有“..”或空的路径段';
  if (/[\u0000-\u001f\u007f]/.test(name)) return '含有控制字符';
  return null;
}

export function readZipBytes(file: string): Uint8Array {
  if (!file.toLowerCase().endsWith('.zip')) refuse('只能导入 .zip 格式的年度档案包。');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return refuse(`找不到文件 ${path.basename(file)}。`);
  }
  if (!stat.isFile()) refuse(`${path.basename(file)} 不是文件。`);
  if (stat.size === 0) refuse('文件是空的（0 字节），可能复制时出错。');
  // Shorter than a zip's end record: fflate would search backwards forever.
  if (stat.size < 22) refuse('文件太短，不是完整的 zip 压缩包。');
  if (stat.size > MAX_UNPACKED_BYTES) refuse('文件过大，不是本程序导出的年度档案包。');
  return new Uint8Array(fs.readFileSync(file));
}

const damaged = '压缩包已损坏或不完整（可能复制或下载时被截断），无法读取。';

/** Lists the entries without unpacking, then unpacks only after every name passed the checks. */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries: { name: string; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push(f);
        return false;
      },
    });
  } catch {
    refuse(damaged);
  }
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const problem = unsafeNameProblem(e.name);
    if (problem) refuse(`压缩包中的文件名“${e.name.slice(0, 120)}”${problem}，可能指向包外的位置。`);
    if (seen.has(e.name)) refuse(`压缩包中有重名的文件 ${e.name}。`);
    seen.add(e.name);
    total += e.originalSize;
  }
  if (total > MAX_UNPACKED_BYTES) refuse('解压后的内容过大，不是本程序导出的年度档案包。');
  let raw: Record<string, Uint8Array> = {};
  try {
    // Folder entries (made when a clerk re-zips the folder) carry no data.
    raw = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') });
  } catch {
    refuse(damaged);
  }
  const files = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = Object.prototype.hasOwnProperty.call(raw, e.name) ? raw[e.name] : undefined;
    if (!data || data.length !== e.originalSize) refuse(damaged);
    files.set(e.name, data as Uint8Array);
  }
  return files;
}

function text(files: Map<string, Uint8Array>, name: string): string {
  const bytes = files.get(name);
  if (!bytes) return refuse(`缺少 ${name}，这不是本程序导出的年度档案包，或者文件不完整。`);
  return Buffer.from(bytes).toString('utf8');
}

/** Every file the list should name is named, nothing else is, and every digest matches. */
function checkSums(
  listName: string,
  field: 'sha256' | 'sm3',
  listed: Map<string, string> | null,
  digests: Map<string, FileDigest>,
  shouldList: (p: string) => boolean,
): void {
  if (!listed) return refuse(`${listName} 的格式不正确（每行应为“校验值  文件名”）。`);
  for (const [p, hash] of listed) {
    const d = digests.get(p);
    if (!shouldList(p)) refuse(`${listName} 不应列出 ${p}。`);
    if (!d) refuse(`${listName} 列出的文件 ${p} 在压缩包中不存在，文件不完整。`);
    else if (d[field] !== hash)
      refuse(`文件 ${p} 的 ${field === 'sha256' ? 'SHA-256' : 'SM3'} 校验值与 ${listName} 不符，文件可能被改动过。`);
  }
  for (const p of digests.keys()) {
    if (shouldList(p) && !listed.has(p)) refuse(`压缩包中的文件 ${p} 不在 ${listName} 中，可能是后来加入的。`);
  }
}

function checkManifest(raw: string, digests: Map<string, FileDigest>): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return refuse(`${MANIFEST} 不是有效的 JSON。`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) return refuse(`${MANIFEST} 的内容不符合年度档案包的格式。`);
  const manifest = result.data as Manifest;
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const d = digests.get(f.path);
    if (!d || !listedByManifest(f.path)) return refuse(`${MANIFEST} 列出的文件 ${f.path} 在压缩包中不存在。`);
    if (listed.has(f.path)) return refuse(`${MANIFEST} 重复列出了 ${f.path}。`);
    listed.add(f.path);
    if (d.size !== f.size || d.sha256 !== f.sha256 || d.sm3 !== f.sm3)
      refuse(`${MANIFEST} 中 ${f.path} 的大小或校验值与文件不符，清单或文件被改动过。`);
  }
  for (const p of digests.keys()) {
    if (listedByManifest(p) && !listed.has(p)) refuse(`压缩包中的文件 ${p} 不在 ${MANIFEST} 中。`);
  }
  for (const p of [SCHEMA, ...packageTables.map((t) => dataPath(t.table))]) {
    if (!listed.has(p)) refuse(`缺少数据文件 ${p}。`);
  }
  return manifest;
}

/** Every file's digests, each hashed a chunk at a time so that other work runs in between. */
export async function digestAll(files: Map<string, Uint8Array>): Promise<Map<string, FileDigest>> {
  const digests = new Map<string, FileDigest>();
  for (const [p, bytes] of files) digests.set(p, await digestOf(p, bytes));
  return digests;
}

/**
 * Reads and verifies a year package without writing anything: the zip must be readable, its
 * names safe, SHA256SUMS, SM3SUMS and manifest.json present and in agreement with every file,
 * and the data files what the package's own snapshot holds for the year.
 * Throws an ArchiveError with the reason in Chinese.
 */
export async function readPackage(file: string): Promise<VerifiedPackage> {
  const files = unpack(readZipBytes(file));
  for (const required of [MANIFEST, SHA256SUMS, SM3SUMS]) text(files, required);
  const digests = await digestAll(files);
  checkSums(SHA256SUMS, 'sha256', parseSums(text(files, SHA256SUMS)), digests, listedBySha256);
  checkSums(SM3SUMS, 'sm3', parseSums(text(files, SM3SUMS)), digests, listedBySm3);
  const manifest = checkManifest(text(files, MANIFEST), digests);
  await checkDataAgreesWithSnapshot(files, digests, manifest, refuse);
  return { manifest, files };
}
