import type Database from 'better-sqlite3';
import type { Archive } from '../archive';
import { ArchiveError } from '../errors';
import { runOnExportWorker } from '../export/worker/exportWorkerPool';
import { sha256Hex, sumsText, type FileDigest } from './digests';
import { SCHEMA, SNAPSHOT } from './manifest';
import { schemaDoc } from './schemaDoc';
import { dataPath, packageTables } from './tables';
import { rowsJson, type YearData } from './yearData';

/**
 * DATASUMS lists the SHA-256 of the package's data, the snapshot and the data/*.json files, as
 * `sha256sum -c` reads it. Its own SHA-256 is the package's data digest, printed on the volume's
 * 备考表 before the package exists: the signed paper names the data the package carries.
 */
export const DATASUMS = 'DATASUMS';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Rows this connection has written since it opened (triggers' included): the archive's one writer. */
const writes = (archive: Archive) => archive.db.prepare('SELECT total_changes()').pluck().get() as number;

const SNAPSHOT_TRIES = 3;

/**
 * The whole archive as one self-contained file (see `snapshotImage` in the export worker) with the
 * year's package data, or the data digest of the two, taken on the export worker from a read-only
 * connection of its own, so the 200 MB copy never holds the thread that serves the window;
 * `alongside` then reads what must be of the same moment, at once on this thread. Nothing written
 * meanwhile (counted by `total_changes()`), the image and what it read are of one state; otherwise
 * it is taken again.
 */
export async function snapshotWith<T>(
  archive: Archive,
  job: { kind: 'snapshot' | 'dataDigest'; year: number },
  alongside: () => T,
): Promise<{ bytes: Buffer; value: unknown; alongside: T }> {
  for (let attempt = 0; attempt < SNAPSHOT_TRIES; attempt++) {
    const before = writes(archive);
    if (archive.db.inTransaction) continue;
    const { bytes, value } = await runOnExportWorker({ ...job, file: archive.file });
    if (writes(archive) === before && !archive.db.inTransaction) return { bytes, value, alongside: alongside() };
  }
  throw new ArchiveError('CONFLICT', '生成档案快照期间档案一直在被修改，请稍后再试。');
}

/** The data files of a year package: data/<table>.json per package table and data/schema.json. */
export function dataFiles(db: Database.Database, data: YearData): { path: string; bytes: Uint8Array }[] {
  return [
    ...packageTables.map((t) => ({ path: dataPath(t.table), bytes: utf8(rowsJson(data.tables[t.table])) })),
    { path: SCHEMA, bytes: utf8(schemaDoc(db)) },
  ];
}

/** Whether a package path is one DATASUMS lists. */
export const listedByDataSums = (p: string) => p === SNAPSHOT || (p.startsWith('data/') && p.endsWith('.json'));

/** DATASUMS from the digests of the snapshot and the data files (other digests are ignored). */
export function dataSumsText(digests: Pick<FileDigest, 'path' | 'sha256'>[]): string {
  return sumsText(
    digests.filter((d) => listedByDataSums(d.path)).map((d) => ({ ...d, size: 0, sm3: '' })),
    'sha256',
  );
}

export const dataDigestOf = (sums: string) => sha256Hex(utf8(sums));

/** The data digest of the snapshot's digest and the year's data files: what DATASUMS lists. */
export const dataDigestOfFiles = (
  snapshot: Pick<FileDigest, 'path' | 'sha256'>,
  files: { path: string; bytes: Uint8Array }[],
): string =>
  dataDigestOf(dataSumsText([snapshot, ...files.map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes) }))]));

/** The data digest of a snapshot and the year's data read at its moment from the same connection. */
export const dataDigestFrom = (db: Database.Database, image: Uint8Array, data: YearData): string =>
  dataDigestOfFiles({ path: SNAPSHOT, sha256: sha256Hex(image) }, dataFiles(db, data));

/**
 * The data digest the year's package will carry if the archive is not changed before it is
 * written: taken the same way, from a snapshot of this moment and the year's data files, all on
 * the export worker; `also` reads on this thread what must be of the same moment as the digest.
 */
export async function packageDataDigestWith<T>(
  archive: Archive,
  year: number,
  also: () => T,
): Promise<{ digest: string; also: T }> {
  const { bytes, alongside } = await snapshotWith(archive, { kind: 'dataDigest', year }, also);
  return { digest: bytes.toString('utf8'), also: alongside };
}

export const packageDataDigest = async (archive: Archive, year: number): Promise<string> =>
  (await packageDataDigestWith(archive, year, () => null)).digest;
