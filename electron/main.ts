import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultArchivePath } from '../db/paths';
import { ARCHIVE_PROCESS_FILE } from './archiveProcess/entryName';
import { forkArchiveProcess } from './archiveProcess/fork';
import { superviseArchive } from './archiveProcess/supervisor';
import { bindChooseFolder } from './chooseFolder';
import { bindExportFiles } from './exportFiles';
import { bindArchiveChannel } from './ipc';
import { printInHiddenWindow } from './printPdf';
import type { AppEntry } from './security';
import { createMainWindow } from './window';
import { guardEveryContents } from './wiring/contentsGuards';
import { guardSession } from './wiring/sessionGuards';
import { holdSingleInstance } from './wiring/singleInstance';
import { endSignInWithPage } from './wiring/signInLifetime';

/** electron-vite serves the renderer from a dev server while developing, from out/renderer when built. */
function appEntry(): AppEntry {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && dev) return { kind: 'dev', origin: dev };
  return { kind: 'file', indexUrl: pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href };
}

/**
 * The archive runs in its own process (db/process/), so a compile or an import never freezes the
 * window; main forwards the page's calls to it, prints PDFs for it, restarts it if it crashes,
 * and on quit waits for it to close the archive and release the writer lock.
 */
async function start(): Promise<void> {
  const file = defaultArchivePath();
  const currentWindow = () => BrowserWindow.getAllWindows()[0];
  const archive = superviseArchive({
    file,
    spawn: () => forkArchiveProcess(path.join(import.meta.dirname, ARCHIVE_PROCESS_FILE)),
    printPdf: printInHiddenWindow,
    onRestart: (notice) => {
      const win = currentWindow();
      const box = { type: 'warning' as const, title: '档案服务已重新启动', message: notice };
      void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
    },
    onGiveUp: (message) => dialog.showErrorBox('档案服务已停止', message),
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void archive.shutdown().finally(() => {
      closed = true;
      app.quit();
    });
  });
  const entry = appEntry();
  bindArchiveChannel(ipcMain, archive.dispatch, entry);
  bindExportFiles(ipcMain, file, entry);
  bindChooseFolder(ipcMain, entry);
  guardSession(session.defaultSession);
  // The window opens while the archive's process opens the file (migrations, today's backup);
  // the page's first calls wait for it.
  const win = createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'), entry);
  // 手机扫码签到: the LAN listener, in the archive's process, lives only while the page's 现场签到 window is open.
  endSignInWithPage(app, win.webContents, { closeAll: () => archive.endSignIn() });
  try {
    await archive.ready;
  } catch (e) {
    dialog.showErrorBox('无法打开档案', (e as Error).message);
    app.quit();
  }
}

// Each guard is a function of the object it guards (electron/wiring/), tested there with fakes.
if (holdSingleInstance(app, () => BrowserWindow.getAllWindows()[0])) {
  guardEveryContents(app, (url) => void shell.openExternal(url));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (e: Error) => dialog.showErrorBox('程序启动失败', e.message));
}
