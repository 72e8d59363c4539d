import type { Result } from '../../shared/result';
import type { Archive } from '../archive';
import { createDispatcher, toResultError, type Dispatch } from '../dispatcher';
import { ArchiveError } from '../errors';
import type { PdfPrinter } from '../export/pdf';
import { openWorkingArchive } from '../session';
import { createSignInDesk, type SignInDesk } from '../signIn/desk';
import { CLOSING, CLOSING_PRINT, type ArchivePort, type ToArchive } from './protocol';

/** What the archive's process needs of the process it runs in besides the port (ports.ts). */
export interface ProcessLife {
  /** Called once when main is gone (it died, or closed the channel) without saying shutdown. */
  onParentGone(listener: () => void): void;
  /** Ends this process once the last message has gone out. */
  exit(code: number): void;
}

export interface ServeOptions {
  /** How long a shutdown waits for calls still running (a compile, a backup) before closing anyway. */
  graceMs?: number;
  open?: (file: string) => Promise<Archive>;
}

const GRACE_MS = 20_000;

/**
 * The archive's own process: opens the archive when main names it (taking the writer lock, as
 * the app always has), answers contract calls through the dispatcher, runs 现场签到's LAN
 * listener, asks main to print PDFs, and closes the archive — its lock released — on shutdown,
 * when main goes, or on SIGTERM. Calls run concurrently, as they did in main.
 */
export function serveArchive(port: ArchivePort, life: ProcessLife, options: ServeOptions = {}): void {
  const { graceMs = GRACE_MS, open = openWorkingArchive } = options;
  let archive: Archive | undefined;
  let dispatch: Dispatch | undefined;
  let signIn: SignInDesk | undefined;
  let opening: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const running = new Set<Promise<unknown>>();
  const printing = new Map<number, { resolve(pdf: Buffer): void; reject(e: Error): void }>();
  let nextPrint = 1;

  const printInMain: PdfPrinter = (htmlFile) =>
    new Promise<Buffer>((resolve, reject) => {
      if (closing) return reject(new ArchiveError('IO_ERROR', CLOSING_PRINT));
      const id = nextPrint++;
      printing.set(id, { resolve, reject });
      port.postMessage({ type: 'print', id, htmlFile });
    });

  async function openFile(file: string, notices: string[]): Promise<void> {
    try {
      archive = await open(file);
      archive.notices.push(...notices);
      signIn = createSignInDesk({ db: archive.db });
      dispatch = createDispatcher(archive, { printPdf: printInMain, signIn });
      if (closing) return;
      port.postMessage({ type: 'ready' });
    } catch (e) {
      port.postMessage({ type: 'openFailed', message: toResultError(e).message });
    }
  }

  async function call(id: number, method: string, input: unknown): Promise<void> {
    let result: Result<unknown>;
    if (closing) result = { ok: false, error: { code: 'IO_ERROR', message: CLOSING } };
    else if (!dispatch) result = { ok: false, error: { code: 'IO_ERROR', message: '档案尚未打开，请稍候再试。' } };
    else result = await dispatch(method, input, (progress) => port.postMessage({ type: 'progress', id, progress }));
    try {
      port.postMessage({ type: 'result', id, result });
    } catch (e) {
      // A value the channel cannot carry is the program's fault; the call still gets its answer.
      const message = `程序内部错误：${method} 的结果无法传回窗口（${(e as Error).message}）`;
      port.postMessage({ type: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message } } });
    }
  }

  function track(work: Promise<unknown>): void {
    running.add(work);
    void work.finally(() => running.delete(work));
  }

  async function closeAll(): Promise<void> {
    await opening;
    await signIn?.closeAll().catch(() => undefined);
    // Main is gone or quitting: no print it was asked for will come back.
    for (const p of printing.values()) p.reject(new ArchiveError('IO_ERROR', CLOSING_PRINT));
    printing.clear();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...running]), late]);
    clearTimeout(timer);
    try {
      archive?.close();
    } finally {
      port.postMessage({ type: 'closed' });
      life.exit(0);
    }
  }

  const close = () => (closing ??= closeAll());

  port.onMessage((message: ToArchive) => {
    switch (message.type) {
      case 'open':
        if (!opening && !closing) opening = openFile(message.file, message.notices);
        return;
      case 'call':
        return track(call(message.id, message.method, message.input));
      case 'printed': {
        const p = printing.get(message.id);
        printing.delete(message.id);
        const { pdf } = message;
        return p?.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      }
      case 'printFailed': {
        const p = printing.get(message.id);
        printing.delete(message.id);
        return p?.reject(new ArchiveError('IO_ERROR', message.message));
      }
      case 'endSignIn':
        return void signIn?.closeAll();
      case 'shutdown':
        return void close();
    }
  });
  life.onParentGone(() => void close());
  port.postMessage({ type: 'started' });
}
