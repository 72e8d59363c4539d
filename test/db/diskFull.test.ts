import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { toResultError } from '../../db/dispatcher';
import { startHost } from '../../db/host/httpHost';
import { tempDir } from '../helpers/archive';
import { fillDisk, mountProblem, tinyDisk, unmountAll } from '../helpers/mounts';

/**
 * A full disk is one message wherever it surfaces, how much room is missing included, and never
 * called damage: SQLite's SQLITE_FULL, the WAL index it cannot grow, Node's ENOSPC and EDQUOT.
 */
const why = mountProblem ? `（跳过：${mountProblem}）` : '';
const fullMessage = /^磁盘空间已满：还需要约 \d+ MB 可用空间，.+。档案没有损坏/;
afterEach(() => unmountAll());

describe('one message for a full disk', () => {
  const sqlite = (code: string) => new Database.SqliteError('database or disk is full', code);
  const node = (code: string) => Object.assign(new Error(`${code}: no space left on device, write`), { code });

  it.each([
    ['SQLITE_FULL', sqlite('SQLITE_FULL')],
    ['SQLITE_IOERR_SHMSIZE', sqlite('SQLITE_IOERR_SHMSIZE')],
    ['ENOSPC', node('ENOSPC')],
    ['EDQUOT', node('EDQUOT')],
  ])('%s → the full-disk message, never damage or English', (_code, e) => {
    const r = toResultError(e, { neededBytes: 5 * 1024 * 1024, outcome: '本次修改未保存' });
    expect(r.code).toBe('IO_ERROR');
    expect(r.message).toMatch(fullMessage);
    expect(r.message).toContain('还需要约 5 MB');
    expect(r.message).not.toMatch(/损坏，|ENOSPC|EDQUOT|SQLITE|disk is full/);
  });

  it('keeps other I/O errors apart while the disk has room', () => {
    const r = toResultError(sqlite('SQLITE_IOERR_WRITE'), { dir: tempDir('disk-room-') });
    expect(r.message).toMatch(/读写档案文件时出错/);
  });

  it.skipIf(mountProblem !== null)(`an I/O error on a disk with no room left is put down to the full disk${why}`, () => {
    const dir = tinyDisk(256);
    fillDisk(dir);
    expect(toResultError(sqlite('SQLITE_IOERR_SHMMAP'), { dir }).message).toMatch(fullMessage);
  });
});

describe(`opening and hosting on a full disk${why}`, () => {
  it.skipIf(mountProblem !== null)('openArchive says the disk is full and leaves no lock, empty or not', async () => {
    const dir = tinyDisk(4096);
    const file = path.join(dir, 'archive.sqlite');
    (await openArchive(file)).close();
    fillDisk(dir);
    await expect(openArchive(file)).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(fullMessage) });
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it.skipIf(mountProblem !== null)('the browser-mode host refuses to start in Chinese and leaves no lock', async () => {
    const dir = tinyDisk(4096);
    const file = path.join(dir, 'archive.sqlite');
    const staticDir = tempDir('disk-full-web-');
    fillDisk(dir);
    await expect(startHost({ file, port: 0, staticDir })).rejects.toMatchObject({
      message: expect.stringMatching(fullMessage),
    });
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
    fs.rmSync(staticDir, { recursive: true, force: true });
  });
});
