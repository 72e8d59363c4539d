import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArchivePerFile } from './runCli';

/** `npm run archive` runs scripts/archive.mjs: the bundled CLI, built when missing or older than its sources. */
const root = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(root, 'out/cli/main.mjs');
/** The export worker (Word, Excel, the snapshot), a bundle of its own beside the CLI's. */
const workerBundle = path.join(root, 'out/cli/exportWorker.mjs');
const archiveScript = (args: string[], input = '') =>
  spawnSync(process.execPath, [path.join(root, 'scripts/archive.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 180_000,
  });

const { dir, file } = cliArchivePerFile('cli-built-', 'a.sqlite', ['init'], 120_000);

describe('the built CLI', () => {
  it('is rebuilt when older than its sources, and answers as the sources do', () => {
    if (fs.existsSync(bundle)) fs.utimesSync(bundle, new Date(0), new Date(0));
    const r = archiveScript(['call', '--file', file, 'meta.info', '{}']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, value: { file, schemaVersion: expect.any(Number) } });
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(fs.readFileSync(bundle, 'utf8')).not.toContain("from 'tsx'");
    expect(fs.statSync(workerBundle).mtimeMs).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(fs.readFileSync(workerBundle, 'utf8')).not.toContain("from 'tsx'");
  }, 180_000);

  it('builds the export worker again when only it is missing', () => {
    fs.rmSync(workerBundle, { force: true });
    const r = archiveScript(['call', '--file', file, 'meta.info', '{}']);
    expect(r.status).toBe(0);
    expect(fs.existsSync(workerBundle)).toBe(true);
  }, 180_000);

  it('runs a batch, and a year compile through the bundled Word, Excel and SM3 libraries', () => {
    const r = archiveScript(
      ['batch', '--file', file],
      [
        { method: 'members.create', input: { name: '张伟', sector: '经济界' } },
        { method: 'members.list', input: {} },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; value: { total?: number } });
    expect(out.map((e) => e.ok)).toEqual([true, true]);
    expect(out[1].value.total).toBe(1);

    const demoFile = path.join(dir, 'demo.sqlite');
    expect(archiveScript(['demo', '--file', demoFile, '--year', '2025']).status).toBe(0);
    const c = archiveScript(['compile', '--file', demoFile, '--year', '2025', '--no-pdf']);
    // The checklist's reminder goes to stderr; nothing else may.
    expect(c.stderr).not.toMatch(/Error|require|Cannot find/);
    expect(c.status).toBe(0);
    expect(c.stdout).toContain('SHA-256、SM3 校验值一致');
    const folder = path.join(`${demoFile}.exports`, '2025');
    const names = fs.readdirSync(folder);
    expect(names).toContain('2025年度履职档案.docx');
    expect(names).toContain('2025年度台账.xlsx');
    expect(names.some((n) => /^2025年度档案包-.*\.zip$/.test(n))).toBe(true);
  }, 300_000);
});
