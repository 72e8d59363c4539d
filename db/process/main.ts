import { serveArchive } from './archiveProcess';
import { fromNodeIpc, fromParentPort, parentPidArg, processLife, type ParentPortLike } from './ports';

/**
 * The entry of the archive's own process. In the app, main starts it with Electron's
 * utilityProcess.fork (out/main/archiveProcess.js) and it talks over `process.parentPort`; under
 * plain Node (the tests) it is started with child_process.fork and talks over Node's IPC. The same
 * code serves the archive either way; only these few lines tell the two apart.
 */
const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) {
  serveArchive(fromParentPort(parentPort), processLife(process, { parentPid: parentPidArg(process.argv) }));
} else if (process.send) {
  const port = fromNodeIpc(process);
  serveArchive(port, processLife(process, { parentPid: parentPidArg(process.argv), drained: port.drained }));
} else {
  process.stderr.write('档案进程须由本程序启动（没有通往主进程的通道）。\n');
  process.exitCode = 2;
}
