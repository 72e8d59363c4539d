import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { tempDir } from '../helpers/archive';
import { lockFilesEach } from './lockFilesEach';

/**
 * The lock belongs to the file, not to the name it was opened by: SQLite keeps its WAL beside the
 * name, so two names of one file opened at once would mean two WALs and a damaged archive.
 */
const { dirs, children, fresh, open } = lockFilesEach('lock-identity-');
const ownedBy = (pid: number) =>
  expect.stringMatching(new RegExp(`^档案正被另一个程序使用（进程 ${pid}，开始于 .+），请先关闭它。$`));
const hardLinked = expect.stringMatching(/^档案文件 .+ 还有另一个名字（硬链接，共 2 个）.*/);

/** Another process opening a name the way the app does; resolves with its one line of output. */
function openInChild(file: string): Promise<string> {
  const script = `
import { openArchive } from './db/archive.ts';
try { await openArchive(process.argv[1]); console.log('OPEN'); process.exit(0); }
catch (e) { console.log('REFUSED ' + e.code + ' ' + e.message); process.exit(3); }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve) => {
    let out = '';
    child.stdout!.on('data', (d) => (out += String(d)));
    child.on('exit', () => resolve(out.trim()));
  });
}

/** A fresh archive open here and a second name for it in the same folder, made by `makeName`. */
async function openUnderTwoNames(makeName: (existing: string, name: string) => void, name: string) {
  const { dir, file } = fresh();
  await open(file);
  const link = path.join(dir, name);
  makeName(file, link);
  return link;
}

describe('one writer per file, whatever its name', () => {
  it('refuses a symlink to an open archive, naming the owner', async () => {
    const link = await openUnderTwoNames(fs.symlinkSync, 'link.sqlite');
    await expect(openArchive(link)).rejects.toMatchObject({ code: 'ARCHIVE_LOCKED', message: ownedBy(process.pid) });
    expect(await openInChild(link)).toMatch(
      new RegExp(`^REFUSED ARCHIVE_LOCKED 档案正被另一个程序使用（进程 ${process.pid}，`),
    );
  });

  it('refuses a `..` path and a symlinked folder to an open archive, naming the owner', async () => {
    const { dir, file } = fresh();
    await open(file);
    fs.mkdirSync(path.join(dir, 'sub'));
    const dotted = path.join(dir, 'sub', '..', 'archive.sqlite');
    await expect(openArchive(`${dir}/sub/../archive.sqlite`)).rejects.toMatchObject({ message: ownedBy(process.pid) });
    await expect(openArchive(dotted)).rejects.toMatchObject({ code: 'ARCHIVE_LOCKED' });
    const folderLink = `${dir}-alias`;
    fs.symlinkSync(dir, folderLink);
    dirs.push(folderLink);
    await expect(openArchive(path.join(folderLink, 'archive.sqlite'))).rejects.toMatchObject({
      message: ownedBy(process.pid),
    });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual(['archive.sqlite.lock']);
  });

  it('refuses a hard link to an archive open in this process, naming the owner', async () => {
    const link = await openUnderTwoNames(fs.linkSync, 'second-name.sqlite');
    await expect(openArchive(link)).rejects.toMatchObject({ code: 'ARCHIVE_LOCKED', message: ownedBy(process.pid) });
    expect(fs.existsSync(`${link}-wal`)).toBe(false);
  });

  it('refuses in another process a hard link to an archive open here, naming the owner; no second WAL', async () => {
    const link = await openUnderTwoNames(fs.linkSync, 'second-name.sqlite');
    const line = await openInChild(link);
    expect(line).toMatch(/^REFUSED ARCHIVE_LOCKED /);
    expect(line).toContain(`进程 ${process.pid}`);
    expect(fs.existsSync(`${link}-wal`)).toBe(false);
    expect(fs.existsSync(`${link}.lock`)).toBe(false);
  });

  it('refuses to open a file with more than one hard link, saying why in Chinese, and writes nothing beside either name', async () => {
    const { file } = fresh();
    (await openArchive(file)).close();
    const other = tempDir('lock-identity-other-');
    dirs.push(other);
    const link = path.join(other, 'copy.sqlite');
    fs.linkSync(file, link);
    for (const name of [file, link]) {
      await expect(openArchive(name)).rejects.toMatchObject({ code: 'IO_ERROR', message: hardLinked });
      expect(fs.existsSync(`${name}.lock`)).toBe(false);
      expect(fs.existsSync(`${name}-wal`)).toBe(false);
    }
    expect(await openInChild(link)).toMatch(/^REFUSED IO_ERROR 档案文件 .+ 还有另一个名字/);
    fs.rmSync(link);
    expect((await open(file)).db.open).toBe(true);
  });
});
