import Database from 'better-sqlite3';
import { zipSync, type Zippable } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedPackage } from '../../shared/contract/packages';
import type { Progress } from '../../shared/transport';
import type { Archive } from '../archive';
import { stampOf } from '../backup/names';
import { ArchiveError } from '../errors';
import { schemaVersion } from '../migrate';
import { digestOf, sha256Hex, sumsText, type FileDigest } from './digests';
import { exportFolder } from '../export/folder';
import { inExportsFolder } from './exportsFolder';
import {
  ATTACHMENTS_DIR,
  MANIFEST,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  README,
  SCHEMA,
  SHA256SUMS,
  SM3SUMS,
  SNAPSHOT,
  VOLUME_DIR,
  listedByManifest,
  listedBySha256,
  listedBySm3,
  manifestJson,
  type Manifest,
} from './manifest';
import { readmeText } from './readme';
import { schemaDoc } from './schemaDoc';
import { dataPath, packageTables } from './tables';
import { readYearData, rowsJson, type YearData } from './yearData';

interface PackageFile {
  path: string;
  bytes: Uint8Array;
  /** Already compressed or not worth it (photos, .docx/.xlsx/.pdf, the snapshot): stored as is. */
  stored?: boolean;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** attachments/<sha256>.<extension of the first attachment with those bytes>, so a clerk can open it. */
function attachmentFiles(data: YearData): PackageFile[] {
  const ext = new Map<string, string>();
  for (const a of data.tables.attachments) {
    const sha = String(a.sha256);
    if (!ext.has(sha)) ext.set(sha, /\.([A-Za-z0-9]{1,10})$/.exec(String(a.name))?.[1].toLowerCase() ?? '');
  }
  return [...data.blobs].map(([sha, bytes]) => ({
    path: `${ATTACHMENTS_DIR}${sha}${ext.get(sha) ? `.${ext.get(sha)}` : ''}`,
    bytes: new Uint8Array(bytes),
    stored: true,
  }));
}

/** The whole archive through SQLite's online backup (never a file copy of an open database), as one self-contained file. */
async function snapshot(archive: Archive, folder: string): Promise<Uint8Array> {
  const tmp = path.join(folder, `.snapshot-${process.pid}-${Date.now()}.sqlite.partial`);
  try {
    await archive.db.backup(tmp);
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return new Uint8Array(fs.readFileSync(tmp));
  } finally {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  }
}

function volumeFiles(archive: Archive, year: number, names: string[]): PackageFile[] {
  return names.map((name) => {
    const file = inExportsFolder(archive.file, year, name);
    if (!fs.existsSync(file)) {
      throw new ArchiveError('NOT_FOUND', `导出文件夹中没有 ${name}，请先导出档案成册或台账，再生成年度档案包。`);
    }
    return { path: `${VOLUME_DIR}${name}`, bytes: new Uint8Array(fs.readFileSync(file)), stored: true };
  });
}

/** A fresh name in the folder: <year>年度档案包-<UTC stamp>[-n].zip */
function packageName(folder: string, year: number, now: Date): string {
  const base = `${year}年度档案包-${stampOf(now)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.zip` : `${base}-${n}.zip`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

/**
 * Zip entries in path order with one fixed modification time (the last day of the year), so the
 * same files always give the same entries; only manifest.json's compiledAt and the snapshot vary.
 */
function zip(files: PackageFile[], year: number): Uint8Array {
  const mtime = new Date(Math.min(year, 2099), 11, 31, 12, 0, 0);
  const entries: Zippable = {};
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    entries[f.path] = [f.bytes, { mtime, level: f.stored ? 0 : 6, os: 0, attrs: 0 }];
  }
  return zipSync(entries);
}

export interface WriteOptions {
  year: number;
  includeDocuments?: string[];
  progress?: (p: Progress) => void;
  now?: Date;
}

/** Writes the year package into the archive's exports folder: data JSON, schema, snapshot, attachments, volume, README, manifest and checksums. */
export async function writeYearPackage(archive: Archive, options: WriteOptions): Promise<ExportedPackage> {
  const { year } = options;
  const now = options.now ?? new Date();
  const report = (fraction: number, message: string) =>
    options.progress?.({ task: 'package.export', fraction, message });
  const folder = exportFolder(archive.file, year);
  fs.mkdirSync(folder, { recursive: true });

  report(0.05, '正在读取年度数据…');
  const data = readYearData(archive.db, year);
  const group = String(data.tables.group_settings[0]?.name || '政协联络组');
  const counts = Object.fromEntries(packageTables.map((t) => [t.table, data.tables[t.table].length]));
  const volume = volumeFiles(archive, year, options.includeDocuments ?? []);

  report(0.25, '正在生成档案快照…');
  const files: PackageFile[] = [
    ...packageTables.map((t) => ({ path: dataPath(t.table), bytes: utf8(rowsJson(data.tables[t.table])) })),
    { path: SCHEMA, bytes: utf8(schemaDoc(archive.db)) },
    // Stored: its pages are mostly photos, and deflating them costs a minute for nothing.
    { path: SNAPSHOT, bytes: await snapshot(archive, folder), stored: true },
    ...attachmentFiles(data),
    ...volume,
  ];
  files.push({
    path: README,
    bytes: utf8(
      readmeText({
        year,
        group,
        counts,
        attachmentFiles: data.blobs.size,
        volumeFiles: volume.map((v) => v.path.slice(VOLUME_DIR.length)),
      }),
    ),
  });

  report(0.5, '正在计算 SHA-256 和 SM3 校验值…');
  const digests: FileDigest[] = files.map((f) => digestOf(f.path, f.bytes));
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    year,
    group,
    schemaVersion: schemaVersion(archive.db),
    compiledAt: now.toISOString(),
    counts,
    files: digests.filter((d) => listedByManifest(d.path)).sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  const manifestFile = { path: MANIFEST, bytes: utf8(manifestJson(manifest)) };
  files.push(manifestFile);
  digests.push(digestOf(MANIFEST, manifestFile.bytes));
  const sm3Sums = {
    path: SM3SUMS,
    bytes: utf8(
      sumsText(
        digests.filter((d) => listedBySm3(d.path)),
        'sm3',
      ),
    ),
  };
  files.push(sm3Sums);
  digests.push(digestOf(SM3SUMS, sm3Sums.bytes));
  files.push({
    path: SHA256SUMS,
    bytes: utf8(
      sumsText(
        digests.filter((d) => listedBySha256(d.path)),
        'sha256',
      ),
    ),
  });

  report(0.75, '正在压缩并写入文件…');
  const bytes = zip(files, year);
  const name = packageName(folder, year, now);
  const file = path.join(folder, name);
  const partial = path.join(folder, `.${name}.partial`);
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  report(1, '年度档案包已生成');
  return {
    year,
    name,
    file,
    size: bytes.length,
    sha256: sha256Hex(bytes),
    files: files.length,
    counts,
    volumeFiles: volume.map((v) => v.path.slice(VOLUME_DIR.length)),
  };
}
