// `npm start`: the Electron window where Electron's binary is installed (downloading it once if it
// is missing); where it cannot be had, the browser-mode host on the default archive instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const INSTALL_TIMEOUT_MS = 120_000;

/**
 * The installed binary, or null. Read from Electron's own path.txt rather than require('electron'),
 * which would start a download with no time limit when the binary is missing.
 */
function electronBinary() {
  try {
    const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function tryInstallElectron() {
  const install = path.join(electronDir, 'install.js');
  if (!fs.existsSync(install)) return;
  console.log('Electron 尚未安装，正在下载… / Electron is not installed yet, downloading…');
  spawnSync(process.execPath, [install], { cwd: electronDir, stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
}

function runNode(args) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * better-sqlite3 is a native module built for one runtime at a time: Node's for the tests and the
 * browser mode, Electron's for the window. Build it for Electron before the window opens and back
 * for Node when it closes, so `npm test` keeps working after `npm start`.
 */
function rebuildSqlite(forElectron) {
  const r = forElectron
    ? spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), 'install-app-deps'], {
        cwd: root,
        stdio: 'inherit',
      })
    : spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

async function startElectron(binary) {
  runNode([path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
  if (!rebuildSqlite(true)) {
    console.error('无法为 Electron 编译 better-sqlite3 / could not build better-sqlite3 for Electron');
    process.exit(1);
  }
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => {
    rebuildSqlite(false);
    process.exit(code ?? 0);
  });
}

async function startBrowserMode() {
  const { register } = await import('tsx/esm/api');
  register();
  const { defaultArchivePath } = await import('../db/paths.ts');
  const { serve, DEFAULT_PORT } = await import('../db/host/serve.ts');
  await serve({ file: defaultArchivePath(), port: DEFAULT_PORT, anyPortIfTaken: true });
}

let binary = electronBinary();
if (!binary) {
  tryInstallElectron();
  binary = electronBinary();
}
if (binary) {
  await startElectron(binary);
} else {
  console.log(
    'Electron 不可用（无法下载），改为启动浏览器模式 / Electron is not available (download failed), starting the browser-mode host instead.',
  );
  await startBrowserMode().catch((e) => {
    console.error(`无法启动档案服务：${e.message}`);
    process.exit(1);
  });
}
