import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCKED_DOWN } from './windowOptions';

/**
 * The hidden window that prints the year-end volume, as plain values and functions (no Electron
 * import) so a test pins them. It shows only our own print HTML: no script, no preload, no Node,
 * its own in-memory session, and no request leaves the print file's folder.
 */

/** In memory only (no `persist:` prefix): nothing of a print is kept on disk. */
export const PRINT_PARTITION = 'print-pdf';

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: the layout width the print CSS is written for.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      ...LOCKED_DOWN,
    },
  };
}

/** The page size, margins and "— n —" page numbers come from the print CSS, as in headless Chromium. */
export const PRINT_TO_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
};

const fold = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);

/**
 * Whether the print window may load `url`: only a file directly inside the folder of one of the
 * print HTML files being printed now (the HTML and its photos). http(s), data:, other files — refused.
 */
export function isPrintResource(url: string, printing: Iterable<string>): boolean {
  let file: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:' || u.host !== '') return false;
    file = fileURLToPath(u);
  } catch {
    return false;
  }
  const folder = fold(path.dirname(path.resolve(file)));
  for (const html of printing) if (folder === fold(path.dirname(path.resolve(html)))) return true;
  return false;
}
