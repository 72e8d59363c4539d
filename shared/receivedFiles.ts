import type { Result } from './result';

/**
 * How a file the clerk chooses (a year package someone handed over) reaches the contract, whose
 * methods take its full path. Not a contract method: moving bytes is the host's business. The app
 * knows the chosen file's own path; the browser cannot tell it, so it uploads the file to the
 * browser-mode host, which keeps it in `<archive>.received/` and answers with that path. The bytes
 * go as the request body, streamed to disk: a package with a year of photos is hundreds of MB,
 * which as Base64 inside a JSON call would be held in memory several times over on both sides.
 */

/** Browser mode: `POST /api/receive?name=<file name>` with the file as an `application/zip` body. */
export const RECEIVE_PATH = '/api/receive';

export interface ReceivedFile {
  /** The full path the contract's methods take (package.verify, package.import). */
  file: string;
  /** The name the clerk's file had. */
  name: string;
  size: number;
}

/** What the Electron preload exposes as `window.receivedFiles`. */
export interface ReceivedFilesBridge {
  /** The chosen file's path on this computer ('' when it has none, e.g. made up by the page). */
  pathOf(file: File): string;
}

export type ReceiveResult = Result<ReceivedFile>;
