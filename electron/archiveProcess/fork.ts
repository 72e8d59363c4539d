import { utilityProcess } from 'electron';
import type { ArchiveChild } from './supervisor';

/**
 * Starts the archive's process (db/process/main.ts, built beside main's bundle) as an Electron
 * utility process: Node without a window, its own crash domain. It is told main's pid to notice
 * main's death should Electron not end it first; its output goes where main's goes.
 */
export function forkArchiveProcess(modulePath: string): ArchiveChild {
  return utilityProcess.fork(modulePath, [`--parent-pid=${process.pid}`], {
    serviceName: '档案服务',
    stdio: 'inherit',
  });
}
