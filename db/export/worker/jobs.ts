import Database from 'better-sqlite3';
import { catalogueWorkbook, type CatalogueRow } from '../../package/catalogueWorkbook';
import { dataDigestFrom } from '../../package/packageData';
import { readYearData, type YearData } from '../../package/yearData';
import { renderDocx } from '../docxRender';
import type { Block } from '../blocks';
import { ledgersWorkbook, type LedgersModel } from '../ledgersXlsx';
import { personalFields } from '../mask';

/**
 * What the export worker does, as plain data a worker thread can be posted: the Word and Excel
 * files from what the caller read (the photos' bytes included), and the archive's snapshot and
 * data digest, which it reads itself on a read-only connection of its own.
 */
export type ExportJob =
  | {
      kind: 'docx';
      blocks: Block[];
      /** Each photo the blocks show, by its SHA-256: the bytes to print. */
      photos: Map<string, Uint8Array>;
      meta: { title: string; grid?: 'official' | 'none' };
    }
  | { kind: 'ledgers'; model: LedgersModel; maskPersonal: boolean }
  /** The year package's 归档文件目录.xlsx. */
  | { kind: 'catalogue'; year: number; fondsName: string; rows: CatalogueRow[]; now: Date }
  /**
   * The archive file's image (see `snapshotImage`) and the year's package data (`readYearData`,
   * as the value), read in one transaction of a read-only connection of its own.
   */
  | { kind: 'snapshot'; file: string; year: number }
  /** The year package's data digest (`dataDigestFrom`) as it stands, in UTF-8. */
  | { kind: 'dataDigest'; file: string; year: number };

/**
 * SQLite's own image of the database at one moment (sqlite3_serialize, never a file copy of an
 * open database), its header switched from WAL to the rollback journal as `PRAGMA journal_mode =
 * DELETE` would (file format, offsets 18–19), so the file opens alone, without a -wal beside it.
 * A connection of its own sees every committed write, the WAL's included.
 */
function serializedImage(db: Database.Database): Buffer {
  const image = db.serialize();
  image[18] = 1;
  image[19] = 1;
  return image;
}

/**
 * The image copied out of SQLite's memory into memory of JavaScript's own: only that a worker
 * hands over as it is; SQLite's would be copied again on the receiving thread, holding it ~0.5 s.
 */
const snapshotImage = (db: Database.Database): Uint8Array => new Uint8Array(serializedImage(db));

/** Reads the archive file on a read-only connection of its own, in one read transaction: one moment. */
function reading<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return read(db);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}

/** A job's file; for some jobs a value beside it, and the buffers in that value to hand over with it. */
export interface JobResult {
  bytes: Uint8Array;
  value?: unknown;
  transfer?: ArrayBuffer[];
}

/** The year's data, each attachment's bytes in memory of JavaScript's own to hand over (see `snapshotImage`). */
function yearDataResult(image: Uint8Array, data: YearData): JobResult {
  const blobs = new Map([...data.blobs].map(([sha, bytes]) => [sha, new Uint8Array(bytes)]));
  return { bytes: image, value: { ...data, blobs }, transfer: [...blobs.values()].map((b) => b.buffer) };
}

/** Builds the job's file; the same in the worker and, for a test, on the calling thread. */
export async function runJob(job: ExportJob): Promise<JobResult> {
  switch (job.kind) {
    case 'docx': {
      const bytes = (sha256: string) => {
        const photo = job.photos.get(sha256);
        if (!photo) throw new Error(`照片 ${sha256} 的内容不在本次导出中`);
        return Buffer.from(photo.buffer, photo.byteOffset, photo.byteLength);
      };
      return { bytes: await renderDocx(job.blocks, bytes, job.meta) };
    }
    case 'ledgers':
      return { bytes: await ledgersWorkbook(job.model, personalFields(job.maskPersonal)) };
    case 'catalogue':
      return { bytes: await catalogueWorkbook(job.year, job.fondsName, job.rows, job.now) };
    case 'snapshot':
      return reading(job.file, (db) => yearDataResult(snapshotImage(db), readYearData(db, job.year)));
    case 'dataDigest':
      return {
        bytes: reading(job.file, (db) =>
          Buffer.from(dataDigestFrom(db, serializedImage(db), readYearData(db, job.year)), 'utf8'),
        ),
      };
  }
}
