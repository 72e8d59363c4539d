import type { Result } from './result';

/**
 * How the page hands a finished export to the clerk. Files are named by year and file name only
 * (as `yearEnd.files` lists them), never by a path the page makes up; the host finds the file in
 * the archive's exports folder itself. Not a contract method: opening a file is the host's
 * business (a download in the browser, Word or the file manager in the app), not the archive's.
 */

/** Browser mode: `GET /exports/<year>/<name>` downloads the file. */
export const EXPORTS_PATH = '/exports';

export function exportFileUrl(year: number, name: string): string {
  return `${EXPORTS_PATH}/${year}/${encodeURIComponent(name)}`;
}

/** The app: open the file in its program (Word, WPS, Excel), or show it in its folder. */
export type ExportFileAction = 'open' | 'reveal';

export const IPC_EXPORT_FILE_CHANNEL = 'archive:exportFile';

/** What the Electron preload exposes as `window.exportFiles`. */
export interface ExportFilesBridge {
  open(year: number, name: string): Promise<Result<null>>;
  reveal(year: number, name: string): Promise<Result<null>>;
}
