import type { Archive } from '../archive';
import { sha256Hex, sumsText, type FileDigest } from './digests';
import { SCHEMA, SNAPSHOT } from './manifest';
import { schemaDoc } from './schemaDoc';
import { dataPath, packageTables } from './tables';
import { readYearData, rowsJson, type YearData } from './yearData';

/**
 * DATASUMS lists the SHA-256 of the package's data, the snapshot and the data/*.json files, as
 * `sha256sum -c` reads it. Its own SHA-256 is the package's data digest, printed on the volume's
 * 备考表 before the package exists: the signed paper names the data the package carries.
 */
export const DATASUMS = 'DATASUMS';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/**
 * The whole archive as one self-contained file: SQLite's own image of the database at one moment
 * (sqlite3_serialize, never a file copy of an open database; a third of the time of the online
 * backup API, which writes and reads back a temporary file). Its header is switched from WAL to
 * the rollback journal, as `PRAGMA journal_mode = DELETE` would (file format, offsets 18–19), so
 * the file opens alone, without a -wal beside it.
 */
export function snapshotImage(archive: Archive): Buffer {
  const image = archive.db.serialize();
  image[18] = 1;
  image[19] = 1;
  return image;
}

/** The data files of a year package: data/<table>.json per package table and data/schema.json. */
export function dataFiles(archive: Archive, data: YearData): { path: string; bytes: Uint8Array }[] {
  return [
    ...packageTables.map((t) => ({ path: dataPath(t.table), bytes: utf8(rowsJson(data.tables[t.table])) })),
    { path: SCHEMA, bytes: utf8(schemaDoc(archive.db)) },
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

/**
 * The data digest the year's package will carry if the archive is not changed before it is
 * written: taken the same way, from a snapshot of this moment and the year's data files.
 */
export function packageDataDigest(archive: Archive, year: number): string {
  const image = snapshotImage(archive);
  const data = readYearData(archive.db, year);
  const digests = [
    { path: SNAPSHOT, sha256: sha256Hex(image) },
    ...dataFiles(archive, data).map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes) })),
  ];
  return dataDigestOf(dataSumsText(digests));
}
