import type Database from 'better-sqlite3';
import type { MethodName, Output, ParsedInput } from '../../shared/api';
import type { Progress } from '../../shared/transport';
import type { Archive } from '../archive';
import type { PdfPrinter } from '../export/pdf';
import type { SignInDesk } from '../signIn/desk';

export interface Context {
  archive: Archive;
  db: Database.Database;
  progress: (p: Progress) => void;
  /** How this host prints HTML to PDF (Electron's printToPDF in the app, headless Chromium elsewhere). */
  printPdf: PdfPrinter;
  /** 手机扫码签到, where the host runs a LAN listener (not in the CLI). */
  signIn?: SignInDesk;
}

export type Handler<M extends MethodName> = (ctx: Context, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

/** The handlers of every method whose name starts with `prefix.`, all of them, checked at compile time. */
export type HandlersFor<P extends string> = { [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M> };
