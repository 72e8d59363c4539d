import fs from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from './httpHost';

/** The project folder, where out/web and vite.web.config.ts live. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const webDir = path.join(projectRoot, 'out/web');
export const DEFAULT_PORT = 5174;

/** Builds the renderer for the browser when no build is there yet (a fresh checkout). */
async function ensureWebBuild(): Promise<void> {
  if (fs.existsSync(path.join(webDir, 'index.html'))) return;
  console.log('正在构建界面（首次运行需要约一分钟）… / Building the renderer…');
  // Imported only here: vite is a build tool, not something the running host needs.
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.web.config.ts'), logLevel: 'warn' });
}

export interface ServeOptions {
  file: string;
  port: number;
  /** When the port is taken, take any free one instead of failing (the default port only). */
  anyPortIfTaken: boolean;
}

/** Starts the browser-mode host for a person at a terminal: prints the URL, stops on Ctrl+C. */
export async function serve({ file, port, anyPortIfTaken }: ServeOptions): Promise<RunningHost> {
  await ensureWebBuild();
  let host: RunningHost;
  try {
    host = await startHost({ file, port, staticDir: webDir });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    if (!anyPortIfTaken) throw new Error(`端口 ${port} 已被其他程序占用，请用 --port 指定另一个端口。`);
    host = await startHost({ file, port: 0, staticDir: webDir });
  }
  console.log(`档案文件 / archive: ${path.resolve(file)}`);
  console.log(`请用浏览器打开 / open in the browser: ${host.url}`);
  console.log('地址中的 k= 是本次启动的密钥：只有带着它打开的浏览器能使用档案，请勿发给他人；每次启动都会变。');
  console.log('按 Ctrl+C 停止 / press Ctrl+C to stop');
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
