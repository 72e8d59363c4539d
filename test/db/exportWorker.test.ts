import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../db/repo/context';
import { personalFields } from '../../db/export/mask';
import { photoReader } from '../../db/export/photos';
import { printPhotos } from '../../db/export/printPhotos';
import { volumeBlocks } from '../../db/export/volumeContent';
import { collectYear, type YearModel } from '../../db/export/yearModel';
import { runJob, type ExportJob } from '../../db/export/worker/jobs';
import { exportWorkerThread, runOnExportWorker, stopExportWorker } from '../../db/export/worker/exportWorkerPool';
import { EXPORT_WORKER_NAME, exportWorkerFile } from '../../db/export/worker/workerFile';
import { snapshotWith } from '../../db/package/packageData';
import type { YearData } from '../../db/package/yearData';
import { tempDir } from '../helpers/archive';
import { exportYear, YEAR, type ExportYear } from '../helpers/exportYear';

let y: ExportYear;
let model: YearModel;
let docxJob: ExportJob;
beforeAll(async () => {
  y = await exportYear();
  const ctx: Context = {
    archive: y.t.archive,
    db: y.t.archive.db,
    progress: () => {},
    printPdf: () => Promise.reject(new Error('no PDF is printed here')),
  };
  model = await collectYear(ctx, YEAR);
  const { blocks, bytes } = await printPhotos(volumeBlocks(model, personalFields(true)), photoReader(y.t.archive.db));
  const photos = new Map<string, Uint8Array>();
  for (const b of blocks) if (b.kind === 'photos') for (const p of b.photos) photos.set(p.sha256, bytes(p.sha256));
  docxJob = { kind: 'docx', blocks, photos, meta: { title: '年度履职档案' } };
}, 120_000);
afterAll(() => y.t.close());

/** A zip's parts, but for the one that holds the time it was made (Office's core properties). */
function partsOf(bytes: Uint8Array): Record<string, Buffer> {
  const parts = unzipSync(bytes);
  delete parts['docProps/core.xml'];
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, Buffer.from(data)]));
}

describe('the export worker', () => {
  it('builds the Word volume on another thread, part for part the file this thread builds', async () => {
    const { bytes, threadId: worker } = await runOnExportWorker(docxJob);
    expect(worker).not.toBe(threadId);
    expect(Object.keys(partsOf(bytes))).toContain('word/document.xml');
    expect(partsOf(bytes)).toEqual(partsOf((await runJob(docxJob)).bytes));
    // The photos went over with the job: the worker read no archive.
    expect(docxJob.kind === 'docx' && docxJob.photos.size).toBe(2);
  }, 120_000);

  it('builds the ledgers workbook on another thread, with the same sheets and cells', async () => {
    const job: ExportJob = { kind: 'ledgers', model, maskPersonal: true };
    const { bytes, threadId: worker } = await runOnExportWorker(job);
    expect(worker).not.toBe(threadId);
    expect(partsOf(bytes)).toEqual(partsOf((await runJob(job)).bytes));
  }, 120_000);

  it('keeps one worker for job after job', async () => {
    const first = await runOnExportWorker({ kind: 'ledgers', model, maskPersonal: true });
    const thread = exportWorkerThread();
    const second = await runOnExportWorker({ kind: 'ledgers', model, maskPersonal: false });
    expect(exportWorkerThread()).toBe(thread);
    expect(second.threadId).toBe(first.threadId);
  }, 120_000);

  it('passes an error in a job back as an error, and goes on with the next job', async () => {
    const missing: ExportJob = { ...docxJob, photos: new Map() } as ExportJob;
    await expect(runOnExportWorker(missing)).rejects.toThrow(/照片 [0-9a-f]{64} 的内容不在本次导出中/);
    expect((await runOnExportWorker(docxJob)).bytes.length).toBeGreaterThan(0);
  }, 120_000);

  it('fails the running job with a clear message when the worker dies, and starts a new one for the next', async () => {
    await runOnExportWorker(docxJob);
    const running = runOnExportWorker(docxJob);
    const dead = exportWorkerThread()!;
    await dead.terminate();
    await expect(running).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/^生成文件的后台线程意外停止（退出码 1），本次导出未完成，请重试。$/),
    });
    const next = await runOnExportWorker(docxJob);
    expect(exportWorkerThread()).not.toBe(dead);
    expect(next.threadId).not.toBe(threadId);
  }, 120_000);

  it('is stopped when idle and started again by the next job', async () => {
    await runOnExportWorker({ kind: 'ledgers', model, maskPersonal: true });
    await stopExportWorker();
    expect(exportWorkerThread()).toBeNull();
    expect((await runOnExportWorker({ kind: 'ledgers', model, maskPersonal: true })).bytes.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('the snapshot taken on the export worker', () => {
  it('is the image this thread would take, header switched to the rollback journal', async () => {
    const { bytes } = await snapshotWith(y.t.archive, { kind: 'snapshot', year: YEAR }, () => null);
    const own = y.t.archive.db.serialize();
    own[18] = 1;
    own[19] = 1;
    expect(bytes.equals(own)).toBe(true);
  }, 120_000);

  it('is taken again when the archive is written while it is taken, so what is read beside it is of its moment', async () => {
    const { db } = y.t.archive;
    let reads = 0;
    const taking = snapshotWith(y.t.archive, { kind: 'snapshot', year: YEAR }, () => {
      reads++;
      return db.prepare('SELECT count(*) FROM deeds').pluck().get() as number;
    });
    // Written on this thread while the worker takes the first image.
    db.prepare(`INSERT INTO deeds (year, title) VALUES (${YEAR}, '快照期间写入的事迹')`).run();
    const { bytes, value, alongside: deeds } = await taking;
    expect(reads).toBe(1);
    // The year's data came from the same read as the image.
    const year = value as YearData;
    expect(year.tables.deeds.filter((d) => d.title === '快照期间写入的事迹')).toHaveLength(1);
    const image = new Database(bytes);
    expect(image.prepare('SELECT count(*) FROM deeds').pluck().get()).toBe(deeds);
    expect(image.prepare(`SELECT count(*) FROM deeds WHERE title = '快照期间写入的事迹'`).pluck().get()).toBe(1);
    image.close();
  }, 120_000);
});

describe('where the worker’s code is', () => {
  it('is the .ts beside the pool when run from the sources', () => {
    const pool = path.resolve(import.meta.dirname, '../../db/export/worker/exportWorkerPool.ts');
    expect(exportWorkerFile(pathToFileURL(pool).href)).toEqual({
      file: path.join(path.dirname(pool), `${EXPORT_WORKER_NAME}.ts`),
      typescript: true,
    });
  });

  it('is the built .mjs or .js beside the bundle, or one folder up from a chunk', () => {
    const dir = tempDir('worker-file-');
    try {
      fs.mkdirSync(path.join(dir, 'cli'));
      fs.writeFileSync(path.join(dir, 'cli', 'exportWorker.mjs'), '');
      expect(exportWorkerFile(pathToFileURL(path.join(dir, 'cli', 'main.mjs')).href)).toEqual({
        file: path.join(dir, 'cli', 'exportWorker.mjs'),
        typescript: false,
      });
      fs.mkdirSync(path.join(dir, 'main', 'chunks'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'main', 'exportWorker.js'), '');
      expect(exportWorkerFile(pathToFileURL(path.join(dir, 'main', 'chunks', 'archive-1a2b.js')).href)).toEqual({
        file: path.join(dir, 'main', 'exportWorker.js'),
        typescript: false,
      });
      expect(() => exportWorkerFile(pathToFileURL(path.join(dir, 'elsewhere', 'index.js')).href)).toThrow(
        /找不到导出组件 exportWorker\.js/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
