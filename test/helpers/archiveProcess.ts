import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_WORKER_NAME } from '../../db/export/worker/workerFile';
import type { ArchiveChild } from '../../electron/archiveProcess/supervisor';

const root = path.resolve(import.meta.dirname, '../..');
/** The archive process's entry, the file electron.vite.config.ts bundles as out/main/archiveProcess.js. */
const ARCHIVE_PROCESS_SOURCE = path.join(root, 'db/process/main.ts');
const EXPORT_WORKER_SOURCE = path.join(root, 'db/export/worker/exportWorker.ts');

let bundle: Promise<string> | undefined;

/**
 * The entry bundled once per test file (esbuild, into a folder of out/test/, as out/main/ holds
 * it), with the export worker beside it as in the app: a child then starts in about a second
 * instead of compiling the sources under tsx.
 */
export function archiveProcessBundle(): Promise<string> {
  return (bundle ??= (async () => {
    const { build } = await import('esbuild');
    const outdir = path.join(root, 'out/test', `archiveProcess-${process.pid}-${Date.now()}`);
    await build({
      entryPoints: { archiveProcess: ARCHIVE_PROCESS_SOURCE, [EXPORT_WORKER_NAME]: EXPORT_WORKER_SOURCE },
      outdir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      external: ['better-sqlite3', 'sharp', '@img/*'],
      // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
      banner: {
        js: "import { createRequire as __testRequire } from 'node:module'; const require = __testRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    return path.join(outdir, 'archiveProcess.mjs');
  })());
}

/** Removes this file's bundle (afterAll). */
export async function removeArchiveProcessBundle(): Promise<void> {
  if (bundle) fs.rmSync(path.dirname(await bundle), { recursive: true, force: true });
  bundle = undefined;
}

/**
 * What Electron's utilityProcess.fork gives main, made of Node's child_process.fork: the same
 * entry, with structured-clone IPC as Electron's ports have. Electron's UtilityProcess needs no
 * adapter; a ChildProcess needs these three lines.
 */
export function archiveChildOf(proc: ChildProcess): ArchiveChild {
  return {
    postMessage: (message) => void (proc.connected && proc.send(message)),
    on: (event: string, listener: (...args: unknown[]) => void) => proc.on(event, listener),
    kill: () => proc.kill(),
  } as ArchiveChild;
}

/** Starts the bundled entry (archiveProcessBundle, awaited first) as main would start it. */
export function forkArchiveProcess(bundled: string, args: string[] = []): ChildProcess {
  return fork(bundled, args, {
    cwd: root,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}
