import type { ChooseFolder } from '../../../shared/chooseFolder';
import type { ExportFilesBridge } from '../../../shared/exportFiles';
import type { ReceivedFilesBridge } from '../../../shared/receivedFiles';
import type { ArchiveTransport } from '../../../shared/transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode, where the client speaks HTTP. */
    archive?: ArchiveTransport;
    /** The app's way to open an exported file or show it in its folder; absent in browser mode (a download link instead). */
    exportFiles?: ExportFilesBridge;
    /** The system's folder dialog in the app; absent in browser mode (a path field instead). */
    chooseFolder?: ChooseFolder;
    /** The app's way to know a chosen file's path; absent in browser mode (the file is uploaded instead). */
    receivedFiles?: ReceivedFilesBridge;
  }
}

export {};
