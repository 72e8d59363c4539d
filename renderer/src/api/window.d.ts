import type { ArchiveTransport } from '../../../shared/transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode, where the client speaks HTTP. */
    archive?: ArchiveTransport;
  }
}

export {};
