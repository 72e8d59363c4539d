// Lays out the Linux .deb the way 统信UOS requires it, from electron-builder's unpacked app
// (`linux-unpacked` / `linux-arm64-unpacked`):
//   /opt/apps/<appid>/files/            the app itself
//   /opt/apps/<appid>/entries/applications/<appid>.desktop
//   /opt/apps/<appid>/entries/icons/hicolor/<N>x<N>/apps/<appid>.png
//   /opt/apps/<appid>/info              the app's identity and permissions (JSON)
// and no maintainer scripts (UOS refuses packages that run scripts as root). Chromium's sandbox
// helper keeps its set-uid bit inside the package instead of being set by a postinst script.
//
//   npx tsx scripts/uosDeb.ts --unpacked release/0.1.0/linux-unpacked --arch amd64 [--out release/0.1.0]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type DebArch = 'amd64' | 'arm64';

export interface UosDebInput {
  /** electron-builder's unpacked Linux app. */
  unpackedDir: string;
  arch: DebArch;
  outDir: string;
  appId: string;
  /** The Chinese name shown in the menu. */
  productName: string;
  /** The executable's file name inside the unpacked app. */
  executableName: string;
  version: string;
  description: string;
  maintainer: string;
  /** Folder of <N>x<N>.png icons. */
  iconsDir: string;
}

/** What Electron 45 needs of the system, by Debian package name (UOS and Kylin are Debian-based). */
const DEPENDS = [
  'libgtk-3-0',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0',
  'libuuid1',
  'libsecret-1-0',
  'libgbm1',
  'libasound2 | libasound2t64',
];

export function desktopEntry(i: UosDebInput): string {
  const exec = `/opt/apps/${i.appId}/files/${i.executableName}`;
  return [
    '[Desktop Entry]',
    `Name=${i.productName}`,
    `Name[zh_CN]=${i.productName}`,
    `Comment=${i.description}`,
    `Comment[zh_CN]=${i.description}`,
    `Exec=${exec} %U`,
    `Icon=${i.appId}`,
    'Terminal=false',
    'Type=Application',
    'Categories=Office;',
    `StartupWMClass=${i.productName}`,
    '',
  ].join('\n');
}

/** UOS's `info`: the app's id, name, version, architectures and the permissions it asks for (none). */
export function uosInfo(i: UosDebInput): string {
  const permissions = Object.fromEntries(
    ['autostart', 'notification', 'trayicon', 'clipboard', 'account', 'bluetooth', 'camera', 'audio_record', 'installed_apps'].map(
      (p) => [p, false],
    ),
  );
  return `${JSON.stringify({ appid: i.appId, name: i.productName, version: i.version, arch: [i.arch], permissions }, null, 2)}\n`;
}

function duKiB(dir: string): number {
  let bytes = 0;
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else bytes += st.size;
  };
  walk(dir);
  return Math.ceil(bytes / 1024);
}

export function control(i: UosDebInput, installedKiB: number): string {
  return [
    `Package: ${i.appId}`,
    `Version: ${i.version}`,
    `Architecture: ${i.arch}`,
    `Maintainer: ${i.maintainer}`,
    `Installed-Size: ${installedKiB}`,
    `Depends: ${DEPENDS.join(', ')}`,
    'Section: office',
    'Priority: optional',
    `Description: ${i.description}`,
    ' 乡镇（街道）政协联络组的离线桌面应用：委员名册、活动记录、“八个一”履职、提案、社情民意、',
    ' 先进事迹、年度计划与总结，年底一键生成档案册、台账和归档包。',
    '',
  ].join('\n');
}

/** Builds the .deb and returns its path. Needs dpkg-deb (any Debian or Ubuntu machine has it). */
export function buildUosDeb(i: UosDebInput): string {
  if (!fs.existsSync(path.join(i.unpackedDir, i.executableName)))
    throw new Error(`${i.unpackedDir} 中没有 ${i.executableName}：请先运行 electron-builder --linux dir`);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'uos-deb-'));
  try {
    const appRoot = path.join(stage, 'opt/apps', i.appId);
    fs.cpSync(i.unpackedDir, path.join(appRoot, 'files'), { recursive: true, verbatimSymlinks: true });
    const sandbox = path.join(appRoot, 'files', 'chrome-sandbox');
    if (fs.existsSync(sandbox)) fs.chmodSync(sandbox, 0o4755);

    const apps = path.join(appRoot, 'entries/applications');
    fs.mkdirSync(apps, { recursive: true });
    fs.writeFileSync(path.join(apps, `${i.appId}.desktop`), desktopEntry(i));
    for (const f of fs.readdirSync(i.iconsDir)) {
      const size = /^(\d+)x\1\.png$/.exec(f)?.[1];
      if (!size) continue;
      const dir = path.join(appRoot, `entries/icons/hicolor/${size}x${size}/apps`);
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(i.iconsDir, f), path.join(dir, `${i.appId}.png`));
    }
    fs.writeFileSync(path.join(appRoot, 'info'), uosInfo(i));

    const debian = path.join(stage, 'DEBIAN');
    fs.mkdirSync(debian);
    fs.writeFileSync(path.join(debian, 'control'), control(i, duKiB(path.join(stage, 'opt'))));

    fs.mkdirSync(i.outDir, { recursive: true });
    const deb = path.join(i.outDir, `${i.appId}_${i.version}_${i.arch}.deb`);
    execFileSync('dpkg-deb', ['--root-owner-group', '-Zxz', '--build', stage, deb], { stdio: 'pipe' });
    return deb;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** The package's identity from package.json and electron-builder.yml, so it is written in one place. */
export function projectIdentity(root: string): Omit<UosDebInput, 'unpackedDir' | 'arch' | 'outDir'> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
    productName: string;
    description: string;
  };
  const builder = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const field = (re: RegExp) => re.exec(builder)?.[1]?.trim() ?? '';
  return {
    appId: field(/^appId:\s*(.+)$/m),
    productName: pkg.productName,
    executableName: field(/^\s+executableName:\s*(.+)$/m),
    version: pkg.version,
    description: pkg.description,
    maintainer: `${pkg.productName} <noreply@liaison-archive.invalid>`,
    iconsDir: path.join(root, 'build/icons'),
  };
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const unpackedDir = arg('unpacked');
  const arch = arg('arch');
  if (!unpackedDir || (arch !== 'amd64' && arch !== 'arm64')) {
    console.error('用法：npx tsx scripts/uosDeb.ts --unpacked <linux-unpacked 文件夹> --arch amd64|arm64 [--out 文件夹]');
    process.exit(2);
  }
  const root = path.resolve(import.meta.dirname, '..');
  const deb = buildUosDeb({
    ...projectIdentity(root),
    unpackedDir,
    arch,
    outDir: arg('out') ?? path.dirname(unpackedDir),
  });
  console.log(deb);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
