import type { Dispatch } from '../../db/dispatcher';
import type { PdfPrinter } from '../../db/export/pdf';
import { CLOSING, type FromArchive, type ToArchive } from '../../db/process/protocol';
import { fail, type Result } from '../../shared/result';
import type { Progress } from '../../shared/transport';

/**
 * The archive's process as main sees it: Electron's UtilityProcess has exactly these members; a
 * child_process.fork child needs a three-line adapter (the tests).
 */
export interface ArchiveChild {
  postMessage(message: ToArchive): void;
  on(event: 'message', listener: (message: FromArchive) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
  kill(): boolean;
}

export interface SupervisorOptions {
  file: string;
  /** Starts a new archive process (utilityProcess.fork in the app). */
  spawn: () => ArchiveChild;
  /** Main's PDF engine (printToPDF in a hidden window), which the archive's process asks for. */
  printPdf: PdfPrinter;
  /** The process died and was started again: what to tell the clerk, in Chinese. */
  onRestart?: (notice: string) => void;
  /** It died too often, or could not open the archive again: the app cannot go on. */
  onGiveUp?: (message: string) => void;
  /** At most this many restarts within `restartWindowMs`; one more and it gives up. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long shutdown waits for the process to close the archive before it is killed. */
  shutdownTimeoutMs?: number;
  now?: () => number;
}

export interface ArchiveSupervisor {
  /** The first open: rejects with the archive's Chinese message when it cannot be opened. */
  readonly ready: Promise<void>;
  /** The contract, as the in-process dispatcher was: every call answered with a Result. */
  readonly dispatch: Dispatch;
  /** The page that opened 现场签到 is gone (signInLifetime.ts). */
  endSignIn(): Promise<void>;
  /** Closes the archive (its writer lock released) and ends the process. */
  shutdown(): Promise<void>;
}

export const RESTART_NOTICE =
  '档案服务意外中断，已自动重新启动。中断时正在进行的操作可能没有完成，请查看后重做；已保存的内容不受影响。';
const CRASHED_CALL = '档案服务意外中断，本次操作可能没有完成，已自动重新启动。请查看后重试；已保存的内容不受影响。';
const GAVE_UP = '档案服务多次意外中断，已停止自动重启。请关闭本程序后重新打开；如仍出现此提示，请联系技术支持。';

interface Generation {
  child: ArchiveChild;
  ready: Promise<void>;
  calls: Map<number, { resolve(r: Result<unknown>): void; onProgress?: (p: Progress) => void }>;
  alive: boolean;
  /** It said it could not open the archive: its exit is no crash to restart from. */
  refusedOpen: boolean;
}

const failed = (message: string) => fail({ code: 'IO_ERROR', message });

/**
 * Runs the archive in its own process so that a long compile or a big import never freezes the
 * window: forwards contract calls and progress, prints for it, restarts it when it crashes (with
 * a notice for the clerk; the calls it was running are answered with an error, never left
 * waiting), and shuts it down so that the archive closes and its writer lock is released.
 */
export function superviseArchive(options: SupervisorOptions): ArchiveSupervisor {
  const {
    file,
    spawn,
    printPdf,
    onRestart = () => {},
    onGiveUp = () => {},
    maxRestarts = 3,
    restartWindowMs = 60_000,
    shutdownTimeoutMs = 30_000,
    now = Date.now,
  } = options;
  let nextId = 1;
  let stopping: Promise<void> | undefined;
  let gaveUp: string | undefined;
  const crashes: number[] = [];
  let current: Generation;
  let closed: () => void = () => {};
  let restarting: Promise<void> | undefined;

  function start(notices: string[]): Generation {
    const child = spawn();
    let opened!: () => void;
    let refused!: (e: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      opened = resolve;
      refused = reject;
    });
    ready.catch(() => undefined);
    const gen: Generation = { child, ready, calls: new Map(), alive: true, refusedOpen: false };
    const post = (message: ToArchive) => {
      if (gen.alive) gen.child.postMessage(message);
    };
    child.on('message', (message: FromArchive) => {
      switch (message.type) {
        case 'started':
          // A shutdown sent before the process listened may have been lost: it is said again here.
          return post(stopping ? { type: 'shutdown' } : { type: 'open', file, notices });
        case 'ready':
          return opened();
        case 'openFailed':
          gen.refusedOpen = true;
          refused(new Error(message.message));
          return post({ type: 'shutdown' });
        case 'result': {
          const call = gen.calls.get(message.id);
          gen.calls.delete(message.id);
          return call?.resolve(message.result);
        }
        case 'progress':
          return gen.calls.get(message.id)?.onProgress?.(message.progress);
        case 'print':
          return void printPdf(message.htmlFile).then(
            (pdf) => post({ type: 'printed', id: message.id, pdf: new Uint8Array(pdf) }),
            (e: unknown) => post({ type: 'printFailed', id: message.id, message: (e as Error)?.message ?? String(e) }),
          );
        case 'closed':
          if (stopping) closed();
          return;
      }
    });
    child.on('exit', () => {
      if (!gen.alive) return;
      gen.alive = false;
      refused(new Error(stopping ? CLOSING : CRASHED_CALL));
      for (const call of gen.calls.values()) call.resolve(failed(stopping ? CLOSING : CRASHED_CALL));
      gen.calls.clear();
      if (stopping) return closed();
      if (gen.refusedOpen) return;
      // Electron's main process must not post to, or start, a utility process inside its exit
      // listener; calls made meanwhile wait for the new one.
      restarting = new Promise<void>((resolve) =>
        setImmediate(() => {
          restarting = undefined;
          crashed(gen);
          resolve();
        }),
      );
    });
    return gen;
  }

  function crashed(gen: Generation): void {
    if (stopping || gaveUp || gen !== current) return;
    const t = now();
    crashes.push(t);
    while (crashes.length && crashes[0] < t - restartWindowMs) crashes.shift();
    if (crashes.length > maxRestarts) return giveUp(GAVE_UP);
    const restarted = start([RESTART_NOTICE]);
    current = restarted;
    onRestart(RESTART_NOTICE);
    // A restart that dies before it is ready counts as one more crash (above); one that cannot open the file ends here.
    restarted.ready.catch((e: Error) => {
      if (!stopping && restarted.refusedOpen) giveUp(`档案服务重新启动时未能打开档案：${e.message}`);
    });
  }

  function giveUp(message: string): void {
    gaveUp = message;
    onGiveUp(message);
  }

  current = start([]);

  const dispatch: Dispatch = async (method, input, onProgress) => {
    await restarting;
    if (stopping) return failed(CLOSING);
    if (gaveUp) return failed(gaveUp);
    const gen = current;
    try {
      await gen.ready;
    } catch (e) {
      return failed((e as Error).message);
    }
    if (!gen.alive) return failed(CRASHED_CALL);
    const id = nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      gen.calls.set(id, { resolve, onProgress });
      gen.child.postMessage({ type: 'call', id, method, input });
    });
  };

  return {
    ready: current.ready,
    dispatch,
    async endSignIn() {
      if (current.alive && !stopping) current.child.postMessage({ type: 'endSignIn' });
    },
    shutdown() {
      stopping ??= new Promise<void>((resolve) => {
        const gen = current;
        if (!gen.alive) return resolve();
        const timer = setTimeout(() => {
          gen.child.kill();
          resolve();
        }, shutdownTimeoutMs);
        closed = () => {
          clearTimeout(timer);
          resolve();
        };
        gen.child.postMessage({ type: 'shutdown' });
      });
      return stopping;
    },
  };
}
