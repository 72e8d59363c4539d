import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { networkShareWarning } from '../../db/networkShare';
import { lockFileFor } from '../../db/writerLock';
import { lockFilesEach } from './lockFilesEach';

const { children, fresh: freshFolder, open } = lockFilesEach('lock-test-');
const fresh = () => freshFolder().file;
const lockedFor = (pid: number) =>
  new RegExp(`^档案正被另一个程序使用（进程 ${pid}，开始于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}），请先关闭它。$`);

/** Another process opening the archive the way the app, the web host and the CLI do. */
const childScript = `
import { openArchive } from './db/archive.ts';
try {
  const a = await openArchive(process.argv[1]);
  console.log('OPEN ' + process.pid);
  process.stdin.on('data', (d) => { if (String(d).includes('exit')) process.exit(0); });
} catch (e) {
  console.log('REFUSED ' + e.code + ' ' + e.message);
  process.exit(3);
}`;

function startChild(file: string): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childScript, file], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  const firstLine = new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.on('exit', () => resolve(out.split('\n')[0]));
  });
  return { child, firstLine };
}
const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode ? r() : c.on('exit', () => r())));

describe('one writer per archive', () => {
  it('refuses a second open in the same process with a clear message, and allows it after close', async () => {
    const file = fresh();
    const first = await open(file);
    const owner = JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname() });
    await expect(openArchive(file)).rejects.toMatchObject({
      code: 'ARCHIVE_LOCKED',
      message: expect.stringMatching(lockedFor(process.pid)),
    });
    first.close();
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    const again = await open(file);
    expect(again.db.open).toBe(true);
  });

  it('refuses another process while this one holds the archive', async () => {
    const file = fresh();
    await open(file);
    const { child, firstLine } = startChild(file);
    const line = await firstLine;
    await exited(child);
    expect(child.exitCode).toBe(3);
    expect(line).toMatch(/^REFUSED ARCHIVE_LOCKED /);
    expect(line.replace(/^REFUSED ARCHIVE_LOCKED /, '')).toMatch(lockedFor(process.pid));
  });

  it('is refused while another process holds it, takes a killed holder’s lock over, and a clean exit releases it', async () => {
    const file = fresh();
    (await openArchive(file)).close();
    const holder = startChild(file);
    const line = await holder.firstLine;
    expect(line).toBe(`OPEN ${holder.child.pid}`);
    await expect(openArchive(file)).rejects.toMatchObject({
      message: expect.stringMatching(lockedFor(holder.child.pid!)),
    });

    holder.child.kill('SIGKILL'); // no chance to clean up: the lock file stays behind
    await exited(holder.child);
    expect(fs.existsSync(lockFileFor(file))).toBe(true);
    const taken = await openArchive(file);
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')).pid).toBe(process.pid);
    taken.close();

    const polite = startChild(file);
    expect(await polite.firstLine).toMatch(/^OPEN /);
    polite.child.stdin!.write('exit\n');
    await exited(polite.child);
    expect(polite.child.exitCode).toBe(0);
    expect(fs.existsSync(lockFileFor(file))).toBe(false); // released on process exit without close()
  });

  it('takes over a stale lock of a dead process, but not one held on another computer', async () => {
    const file = fresh();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ pid: dead, host: os.hostname(), startedAt: new Date().toISOString() }),
    );
    const a = await openArchive(file);
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')).pid).toBe(process.pid);
    a.close();

    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ pid: dead, host: 'clerk-pc-2', startedAt: '2026-05-14T01:30:00.000Z' }),
    );
    await expect(openArchive(file)).rejects.toMatchObject({
      code: 'ARCHIVE_LOCKED',
      message: expect.stringContaining(`进程 ${dead}，在电脑 clerk-pc-2 上，开始于`),
    });
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')).host).toBe('clerk-pc-2'); // left alone
  });

  it('takes over a lock left before the last reboot even when its pid is alive again', async () => {
    const file = fresh();
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3_600_000).toISOString();
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ pid: process.ppid, host: os.hostname(), startedAt: beforeBoot }),
    );
    const a = await openArchive(file);
    expect(JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')).pid).toBe(process.pid);
    a.close();
  });
});

describe('archive on a network share', () => {
  const mounts = [
    'sysfs /sys sysfs rw 0 0',
    '/dev/sda1 / ext4 rw 0 0',
    'nas:/export /mnt/nas nfs4 rw 0 0',
    '//server/share /mnt/smb cifs rw 0 0',
    '/dev/sdb1 /mnt/nas/usb ext4 rw 0 0',
    '/dev/sdc1 /media/u\\040disk vfat rw 0 0',
  ].join('\n');
  const linux = (realPath: string) => networkShareWarning({ platform: 'linux', realPath, mounts });
  const win = (realPath: string) => networkShareWarning({ platform: 'win32', realPath });

  it('warns for nfs and cifs mounts on Linux, not for local disks', () => {
    expect(linux('/mnt/nas/clerk/archive.sqlite')).toContain('网络共享文件夹（nfs4：/mnt/nas）');
    expect(linux('/mnt/smb/archive.sqlite')).toContain('cifs');
    expect(linux('/mnt/nas/usb/archive.sqlite')).toBeNull(); // the longest mount point wins
    expect(linux('/mnt/nasty/archive.sqlite')).toBeNull();
    expect(linux('/home/clerk/archive.sqlite')).toBeNull();
    expect(linux('/media/u disk/archive.sqlite')).toBeNull();
  });

  it('warns for UNC paths (and mapped drives, which resolve to one) on Windows', () => {
    expect(win('\\\\server\\share\\档案\\archive.sqlite')).toContain('\\\\server\\share');
    expect(win('\\\\?\\UNC\\server\\share\\archive.sqlite')).toContain('\\\\server\\share');
    expect(win('C:\\Users\\clerk\\AppData\\Roaming\\liaison-archive\\archive.sqlite')).toBeNull();
    expect(win('\\\\?\\C:\\data\\archive.sqlite')).toBeNull();
  });

  it('opens a local archive with no warning', async () => {
    const a = await open(fresh());
    expect(a.notices).toEqual([]);
  });
});
