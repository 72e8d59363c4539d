import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ArchiveTransport, Progress } from '../shared/transport';
import { IPC_CHANNEL, IPC_PROGRESS_CHANNEL } from '../shared/transport';

/** All the page gets: call a contract method, and hear progress. No ipcRenderer, no Node. */
const archive: ArchiveTransport = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  onProgress(listener) {
    const forward = (_event: IpcRendererEvent, progress: Progress) => listener(progress);
    ipcRenderer.on(IPC_PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(IPC_PROGRESS_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('archive', archive);
