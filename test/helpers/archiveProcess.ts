import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ArchiveChild } from '../../electron/archiveProcess/supervisor';

const root = path.resolve(import.meta.dirname, '../..');
/** The archive process's entry, the file electron.vite.config.ts bundles as out/main/archiveProcess.js. */
export const ARCHIVE_PROCESS_SOURCE = path.join(root, 'db/process/main.ts');

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

export function forkArchiveSource(args: string[] = []): ChildProcess {
  return fork(ARCHIVE_PROCESS_SOURCE, args, {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}
