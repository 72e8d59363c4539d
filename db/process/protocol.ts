import type { Result } from '../../shared/result';
import type { Progress } from '../../shared/transport';

/** What a call or a print meets while the app closes, on either side of the channel. */
export const CLOSING = '程序正在关闭，本次操作未执行。';
export const CLOSING_PRINT = '程序正在关闭，未能生成 PDF。';

/**
 * The messages between the desktop shell's main process and the archive's own process
 * (db/process/main.ts). Main starts it, waits for `started`, names the file in `open`; from then
 * on it forwards the page's contract calls and the archive's process answers each with its
 * Result, streaming progress under the call's id. Printing HTML to PDF needs a window, so the
 * archive's process asks main (`print`) and waits for the bytes. Everything here survives a
 * structured clone (Electron's ports, Node's `serialization: 'advanced'` IPC).
 */
export type ToArchive =
  | { type: 'open'; file: string; notices: string[] }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'printFailed'; id: number; message: string }
  /** The page that opened 现场签到 is gone: its LAN listener stops. */
  | { type: 'endSignIn' }
  | { type: 'shutdown' };

export type FromArchive =
  | { type: 'started' }
  | { type: 'ready' }
  | { type: 'openFailed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'print'; id: number; htmlFile: string }
  /** The archive is closed and its writer lock released; the process exits next. */
  | { type: 'closed' };

/** The archive's side of the channel to main: Electron's `process.parentPort` or Node's IPC, adapted (ports.ts). */
export interface ArchivePort {
  postMessage(message: FromArchive): void;
  onMessage(listener: (message: ToArchive) => void): void;
}
