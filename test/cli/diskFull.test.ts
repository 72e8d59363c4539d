import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillDisk, mountProblem, tinyDisk, unmountAll } from '../helpers/mounts';
import { cliArchivePerFile, runCli } from './runCli';

/**
 * `archive check` and `archive compile` on a real full disk (a small tmpfs filled to the last
 * byte): one Chinese message that says how much room is missing, never "damaged", and nothing
 * half-written left behind.
 */
const why = mountProblem ? `（跳过：${mountProblem}）` : '';
const { file: demo } = cliArchivePerFile('cli-disk-full-', 'demo.sqlite', ['demo', '--year', '2025', '--seed', '5']);
afterEach(() => unmountAll());

const fullMessage = /磁盘空间已满：还需要约 \d+ MB/;
const leftovers = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.part(ial)?$/.test(f) || (f.endsWith('.lock') && fs.statSync(path.join(dir, f)).size === 0));

/** The demo archive on a tmpfs with room for it, then filled; `leaveKb` freed again for the open itself. */
function demoOnFullDisk(leaveKb: number): { dir: string; file: string; filler: string } {
  const size = fs.statSync(demo).size;
  const dir = tinyDisk(Math.ceil(size / 1024) + 64 * 1024);
  const file = path.join(dir, 'demo.sqlite');
  fs.copyFileSync(demo, file);
  const filler = fillDisk(dir);
  if (leaveKb > 0) fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - leaveKb * 1024));
  return { dir, file, filler };
}

describe(`a full disk from the command line${why}`, () => {
  it.skipIf(mountProblem !== null)('archive check says the disk is full, not that the archive is damaged', () => {
    const { file, filler } = demoOnFullDisk(0);
    const r = runCli('check', '--file', file);
    expect(r.stderr).toMatch(fullMessage);
    expect(r.stderr).not.toMatch(/已损坏|检查未通过/);
    expect(r.status).toBe(1); // failed, not 3 (damaged)
    fs.rmSync(filler);
    const again = runCli('check', '--file', file);
    expect(again.status, again.stderr).toBe(0);
  });

  it.skipIf(mountProblem !== null)('archive compile on a disk with no room at all: the Chinese message, no lock left', () => {
    const { dir, file } = demoOnFullDisk(0);
    const r = runCli('compile', '--file', file, '--year', '2025', '--no-pdf');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(fullMessage);
    expect(r.stderr).not.toMatch(/ENOSPC|SQLITE_|程序内部错误/);
    expect(leftovers(dir)).toEqual([]);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it.skipIf(mountProblem !== null)(
    'archive compile failing at its first step reports every step, PDF included, and leaves no .part file',
    () => {
      const { dir, file, filler } = demoOnFullDisk(96);
      const r = runCli('compile', '--file', file, '--year', '2025');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`生成档案册（Word）失败：${fullMessage.source}`));
      expect(r.stderr).not.toMatch(/ENOSPC|SQLITE_|程序内部错误/);
      // The PDF had been started alongside: its fate is told, whichever it was.
      const pdf = '生成档案册（PDF）（已与前面的步骤同时开始）';
      expect(r.stdout).toContain(`${pdf}……`);
      expect(r.stderr.includes(`${pdf}失败：`) || new RegExp(`${pdf}……\\n\\s+完成`).test(r.stdout)).toBe(true);
      expect(r.stderr).toMatch(/打包年度档案包：未进行/);
      expect(leftovers(dir)).toEqual([]);
      expect(fs.existsSync(`${file}.lock`)).toBe(false);
      fs.rmSync(filler);
      expect(runCli('check', '--file', file).status).toBe(0);
    },
  );
});
