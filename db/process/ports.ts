import type { ProcessLife } from './archiveProcess';
import type { ArchivePort, FromArchive, ToArchive } from './protocol';
import { pidAlive } from '../writerLock';

/** Electron's `process.parentPort` in a utility process, as far as it is used here (no Electron import). */
export interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

/** A utility process's channel to main: messages arrive wrapped in a MessageEvent. */
export function fromParentPort(parentPort: ParentPortLike): ArchivePort {
  return {
    postMessage: (message) => parentPort.postMessage(message),
    onMessage: (listener) => void parentPort.on('message', (event) => listener(event.data as ToArchive)),
  };
}

/** What a process forked by Node's child_process has of its IPC channel. */
export interface ForkedProcess {
  send?(message: unknown, sendHandle: undefined, options: object, callback: (error: Error | null) => void): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'disconnect', listener: () => void): unknown;
}

/** A process started with child_process.fork(…, { serialization: 'advanced' }) (the tests, plain Node). */
export function fromNodeIpc(proc: ForkedProcess): ArchivePort & { drained(): Promise<void> } {
  let pending = 0;
  let waiting: (() => void)[] = [];
  const settle = () => {
    if (pending > 0) return;
    for (const w of waiting) w();
    waiting = [];
  };
  return {
    postMessage(message: FromArchive) {
      if (!proc.send) return;
      pending++;
      try {
        proc.send(message, undefined, {}, () => {
          pending--;
          settle();
        });
      } catch (e) {
        // A value the channel cannot carry (a closed channel goes to the callback instead).
        pending--;
        settle();
        throw e;
      }
    },
    onMessage: (listener) => void proc.on('message', (message) => listener(message as ToArchive)),
    /** Resolves once every message sent so far has been written to the channel. */
    drained: () => new Promise<void>((resolve) => (pending === 0 ? resolve() : waiting.push(resolve))),
  };
}

/** How often a utility process looks whether main still lives (Electron ends it too; this is the fallback). */
const WATCH_MS = 2_000;

/**
 * The archive's process ends cleanly (archive closed, lock released) when main goes: under Node
 * its IPC channel disconnects; under Electron the main process's pid, passed as `--parent-pid=`,
 * stops existing. SIGTERM (what `kill()` sends on POSIX) closes cleanly too.
 */
export function processLife(
  proc: NodeJS.Process,
  { parentPid, drained, watchMs = WATCH_MS }: { parentPid?: number; drained?: () => Promise<void>; watchMs?: number },
): ProcessLife {
  return {
    onParentGone(listener) {
      let told = false;
      const tell = () => {
        if (told) return;
        told = true;
        listener();
      };
      proc.once('disconnect', tell);
      proc.once('SIGTERM', tell);
      if (parentPid) {
        const timer = setInterval(() => {
          if (!pidAlive(parentPid)) {
            clearInterval(timer);
            tell();
          }
        }, watchMs);
        timer.unref();
      }
    },
    exit(code) {
      void (drained?.() ?? Promise.resolve()).then(() => proc.exit(code));
    },
  };
}

/** `--parent-pid=1234` among the arguments, if given. */
export function parentPidArg(argv: string[]): number | undefined {
  const arg = argv.find((a) => a.startsWith('--parent-pid='));
  const pid = arg ? Number(arg.slice('--parent-pid='.length)) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
