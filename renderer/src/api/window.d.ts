import type { ExportFilesBridge } from '../../../shared/exportFiles';
import type { ReceivedFilesBridge } from '../../../shared/receivedFiles';
import type { ArchiveTransport } from '../../../shared/transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode, where the client speaks HTTP. */
    archive?: ArchiveTransport;
    /** The app's way to open an exported file or show it in its folder; absent in browser mode (a download link instead). */
    exportFiles?: ExportFilesBridge;
    /** The app's way to know a chosen file's path; absent in browser mode (the file is uploaded instead). */
    receivedFiles?: ReceivedFilesBridge;
  }
}

export {};
