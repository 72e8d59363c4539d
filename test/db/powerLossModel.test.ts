import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/crashRandom';
import { buildShim, shimUnavailable } from '../../scripts/powerLossShim';
import { cutPower } from '../../scripts/powerLossReplay';

// A child writes a file under the shim: 2048 bytes of "a", fsynced (and its folder), then 2048
// bytes of "b" over them and 1024 of "c" after them, not synced. What may the disk hold then?
const CHILD = `
const fs = require('fs');
const [file, dirSync] = process.argv.slice(2);
const fd = fs.openSync(file, 'w+');
fs.writeSync(fd, Buffer.alloc(2048, 'a'), 0, 2048, 0);
fs.fsyncSync(fd);
if (dirSync === 'yes') { const d = fs.openSync(require('path').dirname(file), 'r'); fs.fsyncSync(d); fs.closeSync(d); }
fs.writeSync(fd, Buffer.alloc(2048, 'b'), 0, 2048, 0);
fs.writeSync(fd, Buffer.alloc(1024, 'c'), 0, 1024, 2048);
fs.writeFileSync(file + '-shm', 'shared memory');
`;

const reason = shimUnavailable();

describe.skipIf(reason !== null)(`the power-loss model${reason ? `（跳过：${reason}）` : ''}`, () => {
  let dir: string;
  let lib: string;
  let n = 0;
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'powerloss-model-')));
    const built = buildShim(dir);
    if ('skip' in built) throw new Error(built.skip);
    lib = built.lib;
    fs.writeFileSync(path.join(dir, 'child.cjs'), CHILD);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(dirSync: boolean): { file: string; journal: string } {
    const sub = path.join(dir, `case-${n++}`);
    fs.mkdirSync(sub);
    const file = path.join(sub, 'archive.sqlite');
    const journal = path.join(sub, 'undo.journal');
    const run = spawnSync(process.execPath, [path.join(dir, 'child.cjs'), file, dirSync ? 'yes' : 'no'], {
      env: { ...process.env, LD_PRELOAD: lib, POWERLOSS_FILE: file, POWERLOSS_JOURNAL: journal },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Without the power going, the file is what was written.
    expect(fs.readFileSync(file).toString('latin1')).toBe('b'.repeat(2048) + 'c'.repeat(1024));
    return { file, journal };
  }

  /** Each 512-byte sector as one letter per run of equal bytes, e.g. "a" or "ab" (torn), "0" for zeros. */
  function sectors(file: string): string[] {
    const bytes = fs.readFileSync(file);
    const out: string[] = [];
    for (let s = 0; s < bytes.length; s += 512) {
      const text = bytes.subarray(s, s + 512).toString('latin1').replace(/\0/g, '0');
      out.push(text.replace(/(.)\1*/g, '$1'));
    }
    return out;
  }

  it('keeps exactly what was fsynced when every unsynced write is dropped, and loses the -shm', () => {
    const { file, journal } = write(true);
    const cut = cutPower(file, journal, 'drop', mulberry32(1));
    expect(cut).toEqual({ unsynced: 2, unsyncedInArchive: 2, vanished: [], unmodelled: [] });
    expect(fs.readFileSync(file).toString('latin1')).toBe('a'.repeat(2048));
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it('loses a new file whose folder was never fsynced, even with its data synced', () => {
    const { file, journal } = write(false);
    expect(cutPower(file, journal, 'drop', mulberry32(1)).vanished).toEqual(['archive']);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('lands unsynced sectors in any order: each sector old or new, whole, at a size the file had', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const { file, journal } = write(true);
      cutPower(file, journal, 'reorder', mulberry32(seed));
      const s = sectors(file);
      expect([4, 6]).toContain(s.length); // 2048 (durable) or 3072 bytes
      for (const sector of s.slice(0, 4)) expect(['a', 'b']).toContain(sector);
      for (const sector of s.slice(4)) expect(['c', '0']).toContain(sector);
      seen.add(s.slice(0, 4).join(''));
    }
    // Mixed states occur, not only all-old or all-new.
    expect([...seen].some((k) => k.includes('a') && k.includes('b'))).toBe(true);
  });

  it('tears sectors only inside unsynced data: a prefix of one version, the rest of another', () => {
    let torn = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { file, journal } = write(true);
      cutPower(file, journal, 'torn', mulberry32(seed));
      const s = sectors(file);
      for (const sector of s.slice(0, 4)) expect(['a', 'b', 'ab', 'ba']).toContain(sector);
      for (const sector of s.slice(4)) expect(['c', '0', 'c0', '0c']).toContain(sector);
      torn += s.filter((x) => x.length === 2).length;
    }
    expect(torn).toBeGreaterThan(0);
  });

  it('leaves a file alone once its last write was fsynced', () => {
    const sub = path.join(dir, 'synced');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'archive.sqlite');
    const journal = path.join(sub, 'undo.journal');
    const code = `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(file)},'w+');fs.writeSync(fd,Buffer.alloc(700,'z'),0,700,0);fs.fsyncSync(fd);const d=fs.openSync(${JSON.stringify(sub)},'r');fs.fsyncSync(d);`;
    const run = spawnSync(process.execPath, ['-e', code], {
      env: { ...process.env, LD_PRELOAD: lib, POWERLOSS_FILE: file, POWERLOSS_JOURNAL: journal },
    });
    expect(run.status).toBe(0);
    expect(cutPower(file, journal, 'torn', mulberry32(3))).toEqual({ unsynced: 0, unsyncedInArchive: 0, vanished: [], unmodelled: [] });
    expect(fs.readFileSync(file).toString('latin1')).toBe('z'.repeat(700));
  });

  it('refuses a cycle with a call the model does not cover (deleting the archive)', () => {
    const sub = path.join(dir, 'unlinked');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'archive.sqlite');
    const journal = path.join(sub, 'undo.journal');
    fs.writeFileSync(file, 'x');
    const run = spawnSync(process.execPath, ['-e', `require('fs').unlinkSync(${JSON.stringify(file)})`], {
      env: { ...process.env, LD_PRELOAD: lib, POWERLOSS_FILE: file, POWERLOSS_JOURNAL: journal },
    });
    expect(run.status).toBe(0);
    expect(cutPower(file, journal, 'drop', mulberry32(1)).unmodelled).toEqual([`unlink ${file}`]);
  });
});
