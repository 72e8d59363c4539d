import { BrowserWindow, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { ArchiveError } from '../db/errors';
import type { PdfPrinter } from '../db/export/pdf';
import { isPrintResource, PRINT_PARTITION, PRINT_TO_PDF_OPTIONS, printWindowOptions } from './printWindow';

const TIMEOUT_MS = 180_000;

/** The print HTML files being printed now; their folders are all the print session may read. */
const printing = new Set<string>();
let sessionLocked = false;

function lockPrintSession(): void {
  if (sessionLocked) return;
  sessionLocked = true;
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintResource(details.url, printing) }));
}

/** A page that never finishes loading must not hold the export forever. */
async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`超过 ${TIMEOUT_MS / 1000} 秒仍未完成`)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The app's PDF engine: Electron's own Chromium prints the same HTML headless Chromium prints
 * elsewhere, in a hidden window, so no second browser is started on the clerk's PC.
 */
export const printInHiddenWindow: PdfPrinter = async (htmlFile) => {
  lockPrintSession();
  printing.add(htmlFile);
  const win = new BrowserWindow(printWindowOptions());
  try {
    const pdf = await withTimeout(
      win.loadURL(pathToFileURL(htmlFile).href).then(() => win.webContents.printToPDF(PRINT_TO_PDF_OPTIONS)),
    );
    return Buffer.from(pdf);
  } catch (e) {
    throw new ArchiveError('IO_ERROR', `未能生成 PDF：${(e as Error).message}。可以先导出 Word 版。`);
  } finally {
    printing.delete(htmlFile);
    win.destroy();
  }
};
