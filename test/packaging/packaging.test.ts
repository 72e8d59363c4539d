import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildUosDeb, projectIdentity } from '../../scripts/uosDeb';
import { EXPORT_WORKER_NAME } from '../../db/export/worker/workerFile';
import { tempDir } from '../helpers/archive';

// What can be checked here of the packages: the builder's configuration (against electron-builder's
// own schema), the icons, and the UOS .deb laid out from a stand-in unpacked app. The installers
// themselves (NSIS, AppImage, and the .deb with Electron inside) need electron-builder's tools and
// Electron's binary from the internet: the off-site workflow builds and installs them.

const root = path.resolve(import.meta.dirname, '../..');
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  appId: string;
  win: { target: { target: string; arch: string[] }[]; icon: string };
  linux: { target: { target: string; arch: string[] }[]; icon: string; executableName: string };
  npmRebuild: boolean;
  asarUnpack: string[];
};

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema', async () => {
    // electron-builder's validator (the one `electron-builder` runs first), from its library.
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      validateConfiguration(c: unknown, log: { add(): void; isEnabled: boolean }): Promise<void>;
    };
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, linux: { ...config.linux, notAnOption: 1 } }, { add() {}, isEnabled: false }),
    ).rejects.toThrow();
  });

  it('builds Windows x64 as an NSIS installer and a portable exe', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
  });

  it('builds Linux x64 and arm64: the unpacked app (for the UOS .deb) and an AppImage', () => {
    expect(config.linux.target).toEqual([
      { target: 'dir', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.executableName).toMatch(/^[a-z][a-z0-9-]+$/);
  });

  it('keeps the native addons outside the asar and the bundle, and rebuilds better-sqlite3 for Electron', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    // sharp (photos for the volume) loads its prebuilt addon and libvips from @img/* at run time.
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**/*', 'node_modules/@img/**/*']));
    const vite = fs.readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8');
    expect(vite).toMatch(/external: \['better-sqlite3', 'sharp', \/\^@img\\\/\/\]/);
  });

  it('bundles the export worker as an entry of its own beside main, under the name the archive looks for', async () => {
    const { default: vite } = (await import('../../electron.vite.config')) as {
      default: { main: { build: { lib: { entry: Record<string, string> } } } };
    };
    const entry = vite.main.build.lib.entry;
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['index', EXPORT_WORKER_NAME]));
    expect(entry[EXPORT_WORKER_NAME]).toBe(path.join(root, 'db/export/worker/exportWorker.ts'));
    // out/ is packed whole, so the worker sits beside main in the app.
    expect((config as unknown as { files: string[] }).files).toContain('out/**/*');
  });
});

describe('icons', () => {
  it('has every size the Linux icon theme and Windows need, each the size its name says', async () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const meta = await sharp(path.join(root, config.linux.icon, `${size}x${size}.png`)).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([size, size, 'png']);
    }
    const win = await sharp(path.join(root, config.win.icon)).metadata();
    expect(win.width).toBeGreaterThanOrEqual(256);
  });
});

describe('the UOS .deb', () => {
  const work = tempDir('uos-deb-');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const identity = projectIdentity(root);
  /** A stand-in for electron-builder's linux-unpacked: the executable, the sandbox helper, resources. */
  function unpacked(): string {
    const dir = path.join(work, 'linux-unpacked');
    fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
    fs.writeFileSync(path.join(dir, identity.executableName), '#!/bin/sh\necho stand-in\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'chrome-sandbox'), 'stand-in', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'resources', 'app.asar'), 'stand-in');
    return dir;
  }

  const deb = buildUosDeb({ ...identity, unpackedDir: unpacked(), arch: 'arm64', outDir: work });
  const dpkg = (...args: string[]) => execFileSync('dpkg-deb', args, { encoding: 'utf8' });
  const appRoot = `./opt/apps/${config.appId}`;

  it('is named and described by the app id, version and architecture', () => {
    expect(path.basename(deb)).toBe(`${config.appId}_${identity.version}_arm64.deb`);
    expect(dpkg('-f', deb, 'Package', 'Architecture', 'Version')).toBe(
      `Package: ${config.appId}\nArchitecture: arm64\nVersion: ${identity.version}\n`,
    );
    expect(dpkg('-f', deb, 'Depends')).toContain('libnss3');
  });

  it('has no maintainer scripts: its control archive holds only the control file', () => {
    const members = execFileSync('sh', ['-c', `dpkg-deb --ctrl-tarfile "${deb}" | tar -t`], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l && l !== './');
    expect(members).toEqual(['./control']);
  });

  it('installs everything under /opt/apps/<appid>/, owned by root, with the sandbox helper set-uid', () => {
    const listing = dpkg('-c', deb).trim().split('\n');
    const paths = listing.map((l) => l.split(/\s+/).slice(5).join(' '));
    for (const p of paths) expect(p === './' || p === './opt/' || p === './opt/apps/' || p.startsWith(`${appRoot}/`)).toBe(true);
    for (const l of listing) expect(l.split(/\s+/)[1]).toBe('root/root');
    expect(listing.find((l) => l.endsWith('/files/chrome-sandbox'))).toMatch(/^-rwsr-xr-x/);
    expect(paths).toContain(`${appRoot}/files/${identity.executableName}`);
    expect(paths).toContain(`${appRoot}/entries/icons/hicolor/256x256/apps/${config.appId}.png`);
    expect(paths).toContain(`${appRoot}/info`);
  });

  it('carries a desktop entry with the Chinese name, the executable and the icon, and UOS’s info', () => {
    const out = path.join(work, 'x');
    dpkg('-x', deb, out);
    const base = path.join(out, 'opt/apps', config.appId);
    const entry = fs.readFileSync(path.join(base, 'entries/applications', `${config.appId}.desktop`), 'utf8');
    expect(entry).toContain('Name[zh_CN]=政协联络组履职档案');
    expect(entry).toContain(`Exec=/opt/apps/${config.appId}/files/${identity.executableName} %U`);
    expect(entry).toContain(`Icon=${config.appId}`);
    expect(entry).toContain('Type=Application');
    const info = JSON.parse(fs.readFileSync(path.join(base, 'info'), 'utf8')) as Record<string, unknown>;
    expect(info).toMatchObject({ appid: config.appId, name: '政协联络组履职档案', version: identity.version, arch: ['arm64'] });
    expect(Object.values(info.permissions as Record<string, boolean>).every((v) => v === false)).toBe(true);
  });
});
