import { BrowserWindow, dialog } from 'electron';
import { IPC_CHOOSE_FOLDER_CHANNEL } from '../shared/chooseFolder';
import { isAppUrl, type AppEntry } from './security';
import type { InvokeRegistrar } from './wiring/invokeChannel';

/**
 * The system's folder dialog, for the app's own page only. It returns a path the clerk picked and
 * nothing else; the page hands it to backups.updateSettings, which checks it as it would a typed one.
 */
export function bindChooseFolder(ipc: InvokeRegistrar, entry: AppEntry): void {
  ipc.handle(IPC_CHOOSE_FOLDER_CHANNEL, async (event, title: unknown) => {
    if (!isAppUrl(event.senderFrame?.url, entry)) return null;
    const options = {
      title: typeof title === 'string' ? title.slice(0, 100) : '选择文件夹',
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const win = BrowserWindow.fromWebContents(event.sender as Electron.WebContents);
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
  });
}
