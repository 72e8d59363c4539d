import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../db/migrations';
import { tempDir } from '../helpers/archive';
import { readArchiveFile } from '../helpers/readArchiveFile';
import { runCli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = tempDir('cli-init-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const userVersion = (file: string) => readArchiveFile(file, (db) => db.pragma('user_version', { simple: true }));

describe('archive init', () => {
  it('creates the file at the current schema version, and says it is current the second time', () => {
    const file = path.join(dir, 'sub', 'new.sqlite');
    const first = runCli('init', '--file', file);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已新建档案');
    expect(first.stdout).toContain(`结构版本：${LATEST_VERSION}`);
    expect(userVersion(file)).toBe(LATEST_VERSION);

    const again = runCli('init', '--file', file);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('无需升级');
  });

  it('refuses a file that is not an archive, without changing it', () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, '这不是档案文件'.repeat(200));
    const before = fs.readFileSync(file);
    const r = runCli('init', '--file', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/不是有效的档案文件|损坏/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('archive check', () => {
  it('passes a sound archive and fails a copy with bytes overwritten in the middle', () => {
    const good = path.join(dir, 'good.sqlite');
    expect(runCli('demo', '--file', good, '--seed', '3').status).toBe(0);
    const ok = runCli('check', '--file', good);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('档案检查通过');

    // VACUUM INTO leaves no free pages, so the overwritten pages are certainly in use.
    const bad = path.join(dir, 'bad.sqlite');
    const db = new Database(good, { readonly: true });
    db.exec(`VACUUM INTO '${bad.replaceAll("'", "''")}'`);
    db.close();
    const bytes = fs.readFileSync(bad);
    const middle = Math.floor(bytes.length / 2 / 4096) * 4096;
    bytes.fill(0xa5, middle, middle + 8 * 4096);
    fs.writeFileSync(bad, bytes);

    const r = runCli('check', '--file', bad);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('档案检查未通过');
    expect(r.stderr).toContain('备份');
    // Read-only: the damaged file is left exactly as it was.
    expect(fs.readFileSync(bad).equals(bytes)).toBe(true);
  });

  it('reports a broken reference as a failure', () => {
    const file = path.join(dir, 'fk.sqlite');
    expect(runCli('init', '--file', file).status).toBe(0);
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO activities (type, title, starts_on, plan_item_id) VALUES ('study', '学习', '2026-03-01', 999)",
    ).run();
    db.close();
    const r = runCli('check', '--file', file);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('外键：表 activities');
  });

  it('says a missing file is missing', () => {
    const r = runCli('check', '--file', path.join(dir, 'nowhere.sqlite'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('档案文件不存在');
  });
});

describe('archive help and usage errors', () => {
  it('prints the Chinese usage with the exit codes', () => {
    const r = runCli('help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('用法');
    expect(r.stdout).toContain('退出码');
  });

  it('exits 2 on an unknown command', () => {
    const r = runCli('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的命令');
  });
});
