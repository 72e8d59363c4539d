import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The export worker's bundle name, beside the bundle that starts it (the CLI's and Electron's builds). */
export const EXPORT_WORKER_NAME = 'exportWorker';

/**
 * Where the export worker's code is, from the URL of the module that starts it: from the sources
 * (under tsx or vitest) the `.ts` beside it, which needs tsx's loader in the worker too; from a
 * bundle, `exportWorker.mjs` or `.js` beside the bundle or one folder up (a bundler may put the
 * shared code in a chunks folder).
 */
export function exportWorkerFile(from: string): { file: string; typescript: boolean } {
  const here = fileURLToPath(from);
  if (here.endsWith('.ts'))
    return { file: path.join(path.dirname(here), `${EXPORT_WORKER_NAME}.ts`), typescript: true };
  const dirs = [path.dirname(here), path.dirname(path.dirname(here))];
  for (const dir of dirs)
    for (const ext of ['.mjs', '.js']) {
      const file = path.join(dir, `${EXPORT_WORKER_NAME}${ext}`);
      if (fs.existsSync(file)) return { file, typescript: false };
    }
  throw new Error(`找不到导出组件 ${EXPORT_WORKER_NAME}.js（应在 ${dirs[0]} 中），请重新安装程序。`);
}

/**
 * What `new Worker` is given for that file: a bundle's path as it is; for a `.ts`, a small script
 * that first registers tsx's loader in the worker (a worker does not take `--import` from its
 * execArgv, and a program started with tsx/esm/api has none to inherit), then imports the file.
 */
export function workerSource(worker: { file: string; typescript: boolean }): { source: string | URL; eval: boolean } {
  if (!worker.typescript) return { source: pathToFileURL(worker.file), eval: false };
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(worker.file).href;
  return {
    source: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}
