import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_PROCESS_ENTRY, ARCHIVE_PROCESS_FILE } from '../../electron/archiveProcess/entryName';
import viteConfig from '../../electron.vite.config';

// The archive's process ships as its own entry of main's bundle: out/main/archiveProcess.js,
// beside out/main/index.js, which forks it by that name. Here the two are held together; the
// real build was checked with `electron-vite build`, the packaged app by the off-site workflow.

const root = path.resolve(import.meta.dirname, '../..');

interface MainBuild {
  lib: { entry: Record<string, string> };
  rollupOptions: { external: unknown[] };
}

describe('the archive process’s bundle', () => {
  const main = (viteConfig as { main: { build: MainBuild } }).main.build;

  it('is an entry of main’s build, named as main forks it, built from db/process/main.ts', () => {
    expect(main.lib.entry[ARCHIVE_PROCESS_ENTRY]).toBe(path.join(root, 'db/process/main.ts'));
    expect(main.lib.entry.index).toBe(path.join(root, 'electron/main.ts'));
    expect(ARCHIVE_PROCESS_FILE).toBe(`${ARCHIVE_PROCESS_ENTRY}.js`);
    // Main forks it from its own folder (electron/main.ts: path.join(import.meta.dirname, …)).
    const mainSource = fs.readFileSync(path.join(root, 'electron/main.ts'), 'utf8');
    expect(mainSource).toContain('path.join(import.meta.dirname, ARCHIVE_PROCESS_FILE)');
  });

  it('leaves better-sqlite3 (now loaded only there) outside the bundle, as main’s always did', () => {
    expect(main.rollupOptions.external).toContain('better-sqlite3');
  });

  it('is packaged: electron-builder takes all of out/, and the SQLite addon is still unpacked from the asar', () => {
    const builder = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      files: string[];
      asarUnpack: string[];
    };
    expect(builder.files).toContain('out/**/*');
    expect(builder.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
  });

  it('needs no Electron import: the same file runs under Node’s child_process.fork in the tests', () => {
    for (const file of fs.readdirSync(path.join(root, 'db/process'))) {
      const source = fs.readFileSync(path.join(root, 'db/process', file), 'utf8');
      expect(source, file).not.toMatch(/from ['"]electron['"]/);
    }
  });
});
