import fs from 'node:fs';
import path from 'node:path';
import type { ExportedPackage } from '../../shared/contract/packages';
import type { Progress } from '../../shared/transport';
import type { Archive } from '../archive';
import { stampOf } from '../backup/names';
import { audit } from '../audit/log';
import { ArchiveError } from '../errors';
import { schemaVersion } from '../migrate';
import { createSM3 } from 'hash-wasm';
import { CHUNK_BYTES, digestOf, sumsText, type FileDigest } from './digests';
import { itemPdfs, volumePdfName } from './itemPdfs';
import { exportFolder } from '../export/folder';
import { inExportsFolder } from './exportsFolder';
import {
  ATTACHMENTS_DIR,
  MANIFEST,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  README,
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
import { packageTables } from './tables';
import type { YearData } from './yearData';
import { DATASUMS, dataDigestOf, dataDigestOfFiles, dataFiles, dataSumsText, snapshotWith } from './packageData';
import { fileSink, ZipWriter } from '../zipWriter';
import { readFilingSettings } from '../filing/settings';
import { yearItems } from '../filing/yearItems';
import { CATALOGUE_JSON, CATALOGUE_XLSX, catalogueJson, catalogueXlsx, itemFolders } from './itemFolders';

interface PackageFile {
  path: string;
  bytes: Uint8Array;
  /** Already compressed or not worth it (photos, .docx/.xlsx/.pdf, the snapshot): stored as is. */
  stored?: boolean;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The year's data as the export worker posted it: attachments' bytes arrive as Uint8Array, made Buffers again. */
function receivedYearData(data: YearData): YearData {
  const blobs = [...(data.blobs as Map<string, Uint8Array>)];
  return { ...data, blobs: new Map(blobs.map(([sha, b]) => [sha, Buffer.from(b.buffer, b.byteOffset, b.byteLength)])) };
}

/** attachments/<sha256>.<extension of the first attachment with those bytes>, so a clerk can open it. */
function attachmentFiles(data: YearData): PackageFile[] {
  const ext = new Map<string, string>();
  for (const a of data.tables.attachments) {
    const sha = String(a.sha256);
    if (!ext.has(sha)) ext.set(sha, /\.([A-Za-z0-9]{1,10})$/.exec(String(a.name))?.[1].toLowerCase() ?? '');
  }
  return [...data.blobs].map(([sha, bytes]) => ({
    path: `${ATTACHMENTS_DIR}${sha}${ext.get(sha) ? `.${ext.get(sha)}` : ''}`,
    bytes,
    stored: true,
  }));
}

function volumeFiles(archive: Archive, year: number, names: string[]): PackageFile[] {
  return names.map((name) => {
    const file = inExportsFolder(archive.file, year, name);
    if (!fs.existsSync(file)) {
      throw new ArchiveError('NOT_FOUND', `导出文件夹中没有 ${name}，请先导出档案成册或台账，再生成年度档案包。`);
    }
    return { path: `${VOLUME_DIR}${name}`, bytes: fs.readFileSync(file), stored: true };
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

/** The closing files, which sum up every other: DATASUMS (the data's digests), the manifest, then SM3SUMS (which lists it), then SHA256SUMS. */
async function closingFiles(
  digests: FileDigest[],
  manifest: Omit<Manifest, 'files' | 'dataDigest'>,
): Promise<PackageFile[]> {
  const all = [...digests];
  const closing: PackageFile[] = [];
  /** A closing file is summed as it is added, so the ones after it list it. */
  const add = async (file: string, bytes: Uint8Array) => {
    closing.push({ path: file, bytes });
    all.push(await digestOf(file, bytes));
  };
  const dataSums = utf8(dataSumsText(all));
  await add(DATASUMS, dataSums);
  await add(
    MANIFEST,
    utf8(
      manifestJson({
        ...manifest,
        dataDigest: dataDigestOf(Buffer.from(dataSums).toString('utf8')),
        files: all.filter((d) => listedByManifest(d.path)).sort((a, b) => (a.path < b.path ? -1 : 1)),
      }),
    ),
  );
  await add(
    SM3SUMS,
    utf8(
      sumsText(
        all.filter((d) => listedBySm3(d.path)),
        'sm3',
      ),
    ),
  );
  closing.push({
    path: SHA256SUMS,
    bytes: utf8(
      sumsText(
        all.filter((d) => listedBySha256(d.path)),
        'sha256',
      ),
    ),
  });
  return closing;
}

export interface WriteOptions {
  year: number;
  includeDocuments?: string[];
  /** The data digest the volume printed; the package is refused when its own differs. */
  dataDigest?: string;
  progress?: (p: Progress) => void;
  now?: Date;
}

/**
 * Writes the year package into the archive's exports folder: data JSON, schema, snapshot,
 * attachments, volume, README, then manifest and checksums. The zip goes straight to disk, its
 * entries in path order dated the compile time (as local DOS time, what `unzip -l` shows), the
 * closing files last, so the same data always gives the same entries; only the entries' time,
 * manifest.json's compiledAt and the snapshot vary. Each file is hashed as it is written; the
 * snapshot, most of the package, is hashed first, a chunk at a time between the other steps, so
 * the thread is never held for long, and gives the data digest before anything is written: the
 * volume PDF must name it for each item's PDF to be cut from it (`itemPdfs.ts`).
 */
export async function writeYearPackage(archive: Archive, options: WriteOptions): Promise<ExportedPackage> {
  const { year } = options;
  const now = options.now ?? new Date();
  const report = (fraction: number, message: string) =>
    options.progress?.({ task: 'package.export', fraction, message });
  const folder = exportFolder(archive.file, year);
  fs.mkdirSync(folder, { recursive: true });

  report(0.05, '正在生成档案快照…');
  // The year's data is read at the moment of the snapshot, in the same read transaction.
  const snapshot = await snapshotWith(archive, { kind: 'snapshot', year }, () => null);
  const image = snapshot.bytes;
  const data = receivedYearData(snapshot.value as YearData);
  // Hashed chunk by chunk, between the other work of this thread, from the start.
  const snapshotDigest = digestOf(SNAPSHOT, image);

  report(0.25, '正在读取年度数据…');
  const group = String(data.tables.group_settings[0]?.name || '政协联络组');
  const counts = Object.fromEntries(packageTables.map((t) => [t.table, data.tables[t.table].length]));
  const volume = volumeFiles(archive, year, options.includeDocuments ?? []);
  const filing = readFilingSettings(archive.db);
  const items = yearItems(archive.db, year);
  const dataFileList = dataFiles(archive.db, data);
  // The data digest, known before any file is written: the volume PDF must name it for its pages
  // to be cut into the items' PDFs, and the package is refused when it is not the one printed.
  const dataDigest = dataDigestOfFiles(await snapshotDigest, dataFileList);
  if (options.dataDigest && options.dataDigest !== dataDigest) {
    throw new ArchiveError(
      'CONFLICT',
      '生成档案册之后档案数据又有改动，档案册备考表上的数据摘要与本档案包对不上。请重新编印档案册后再打包。',
    );
  }
  report(0.35, '正在按件拆分档案册 PDF…');
  const volumePdf = volumePdfName(volume.map((v) => v.path.slice(VOLUME_DIR.length)));
  const pdfs = await itemPdfs(volume.find((v) => v.path === `${VOLUME_DIR}${volumePdf}`)?.bytes, items, dataDigest);
  const files: PackageFile[] = [
    ...dataFileList,
    { path: SNAPSHOT, bytes: image, stored: true },
    ...attachmentFiles(data),
    ...volume,
    ...(await itemFolders(archive.db, year, items, filing, pdfs)),
    { path: CATALOGUE_JSON, bytes: catalogueJson(year, items, filing, pdfs) },
    { path: CATALOGUE_XLSX, bytes: await catalogueXlsx(year, items, filing, pdfs, now), stored: true },
    {
      path: README,
      bytes: utf8(
        readmeText({
          year,
          group,
          counts,
          attachmentFiles: data.blobs.size,
          volumeFiles: volume.map((v) => v.path.slice(VOLUME_DIR.length)),
          items: items.length,
          itemPdfs: pdfs.ok ? null : pdfs.reason,
        }),
      ),
    },
  ].sort((a, b) => (a.path < b.path ? -1 : 1));

  report(0.5, '正在写入文件并计算 SHA-256 和 SM3 校验值…');
  const name = packageName(folder, year, now);
  const file = path.join(folder, name);
  const partial = path.join(folder, `.${name}.partial`);
  // The zip's own SM3 (for the 移交清单) is taken as its bytes go to disk, in WebAssembly: Electron's
  // BoringSSL has no SM3 and the portable one would take minutes over a year of photos.
  const zipSm3 = await createSM3();
  zipSm3.init();
  const sink = fileSink(partial);
  const zip = new ZipWriter(
    {
      write: (b) => {
        zipSm3.update(b);
        sink.write(b);
      },
      close: () => sink.close(),
    },
    now,
  );
  let written: { size: number; sha256: string; sm3: string };
  let dataDigestWritten = '';
  try {
    const digests: FileDigest[] = [];
    for (const f of files) {
      if (f.stored && f.bytes.length > CHUNK_BYTES) await zip.addStoredInChunks(f.path, f.bytes);
      else zip.add(f.path, f.bytes, f.stored ?? false);
      digests.push(f.path === SNAPSHOT ? await snapshotDigest : await digestOf(f.path, f.bytes));
    }
    const closing = await closingFiles(digests, {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      year,
      group,
      schemaVersion: schemaVersion(archive.db),
      compiledAt: now.toISOString(),
      counts,
    });
    if (dataDigestOf(Buffer.from(closing[0].bytes).toString('utf8')) !== dataDigest)
      throw new Error('DATASUMS 与先前算出的数据摘要不符');
    for (const f of closing) zip.add(f.path, f.bytes, false);
    files.push(...closing);
    written = { ...zip.finish(), sm3: zipSm3.digest('hex') };
    dataDigestWritten = dataDigest;
    fs.renameSync(partial, file);
  } catch (e) {
    zip.abandon();
    fs.rmSync(partial, { force: true });
    throw e;
  }
  audit(archive.db, {
    entity: 'year_package',
    entityId: null,
    action: 'create',
    summary: `生成 ${year} 年度档案包 ${name}（${files.length} 个文件）`,
    after: { name, size: written.size, sha256: written.sha256, counts },
  });
  report(1, '年度档案包已生成');
  return {
    year,
    name,
    file,
    size: written.size,
    sha256: written.sha256,
    files: files.length,
    counts,
    volumeFiles: volume.map((v) => v.path.slice(VOLUME_DIR.length)),
    dataDigest: dataDigestWritten,
    sm3: written.sm3,
    items: items.length,
  };
}
