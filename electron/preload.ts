import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ArchiveTransport, Progress } from '../shared/transport';
import { IPC_CHANNEL, IPC_PROGRESS_CHANNEL } from '../shared/transport';
import { IPC_CHOOSE_FOLDER_CHANNEL, type ChooseFolder } from '../shared/chooseFolder';
import { IPC_EXPORT_FILE_CHANNEL, type ExportFilesBridge } from '../shared/exportFiles';
import type { ReceivedFilesBridge } from '../shared/receivedFiles';

/** All the page gets: call a contract method, and hear progress. No ipcRenderer, no Node. */
const archive: ArchiveTransport = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  onProgress(listener) {
    const forward = (_event: IpcRendererEvent, progress: Progress) => listener(progress);
    ipcRenderer.on(IPC_PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(IPC_PROGRESS_CHANNEL, forward);
  },
};

/** Besides the archive, only this: open a finished export, or show it in its folder (main checks the name). */
const exportFiles: ExportFilesBridge = {
  open: (year, name) => ipcRenderer.invoke(IPC_EXPORT_FILE_CHANNEL, 'open', year, name),
  reveal: (year, name) => ipcRenderer.invoke(IPC_EXPORT_FILE_CHANNEL, 'reveal', year, name),
};

/** And the folder dialog, for the second backup folder: it answers with the chosen path only. */
const chooseFolder: ChooseFolder = (title) => ipcRenderer.invoke(IPC_CHOOSE_FOLDER_CHANNEL, title);
/** A file the clerk chose (a year package to verify or import): its own path, which the contract takes. */

const receivedFiles: ReceivedFilesBridge = { pathOf: (file) => webUtils.getPathForFile(file) };

contextBridge.exposeInMainWorld('archive', archive);
contextBridge.exposeInMainWorld('receivedFiles', receivedFiles);
contextBridge.exposeInMainWorld('exportFiles', exportFiles);
contextBridge.exposeInMainWorld('chooseFolder', chooseFolder);
