import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { tempDir } from './archive';

/**
 * Real file-system trouble for tests: a tiny tmpfs that can be filled to the last byte, remounted
 * read-only, and read-only bind mounts of single files. Needs root with CAP_SYS_ADMIN (as in CI
 * containers here); `mountProblem` says in Chinese why not where that is missing.
 */
const run = (args: string[]) => execFileSync(args[0], args.slice(1), { stdio: 'pipe' });

function probe(): string | null {
  if (process.platform !== 'linux') return `不是 Linux（${process.platform}），无法挂载 tmpfs`;
  if (process.getuid?.() !== 0) return '不是 root，无法挂载 tmpfs';
  const dir = tempDir('mount-probe-');
  try {
    run(['mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    run(['umount', dir]);
    return null;
  } catch (e) {
    return `挂载 tmpfs 失败：${String((e as { stderr?: Buffer }).stderr ?? e).trim()}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Null when mounts work here, else why not. */
export const mountProblem: string | null = probe();

const mounted: string[] = [];

/** A fresh folder backed by a tmpfs of `kb` kilobytes. */
export function tinyDisk(kb: number): string {
  const dir = tempDir('tiny-disk-');
  run(['mount', '-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** Makes a tinyDisk folder read-only (every file in it, and the folder itself). */
export function remountReadOnly(dir: string): void {
  run(['mount', '-o', 'remount,ro', dir]);
}

/** Makes one file read-only for every process, root included, while its folder stays writable. */
export function bindReadOnly(file: string): void {
  run(['mount', '--bind', file, file]);
  mounted.push(file);
  run(['mount', '-o', 'remount,bind,ro', file]);
}

/** Writes zeros into `dir` until the disk refuses another byte; returns the filler file. */
export function fillDisk(dir: string): string {
  const filler = `${dir}/filler.bin`;
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** Unmounts everything mounted here, newest first, then removes the tinyDisk folders. */
export function unmountAll(): void {
  for (const target of mounted.splice(0).reverse()) {
    try {
      run(['umount', target]);
    } catch {
      // Still busy (a test failed with the file open): detach now, the kernel frees it when idle.
      run(['umount', '-l', target]);
    }
    if (fs.statSync(target).isDirectory()) fs.rmSync(target, { recursive: true, force: true });
  }
}
