import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Archive } from '../db/archive';
import { createDispatcher } from '../db/dispatcher';
import { defaultArchivePath } from '../db/paths';
import { openWorkingArchive } from '../db/session';
import { createSignInDesk } from '../db/signIn/desk';
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

async function start(): Promise<void> {
  let archive: Archive;
  try {
    archive = await openWorkingArchive(defaultArchivePath());
  } catch (e) {
    dialog.showErrorBox('无法打开档案', (e as Error).message);
    app.quit();
    return;
  }
  app.on('will-quit', () => archive.close());
  const entry = appEntry();
  // 手机扫码签到: the LAN listener exists only while the page's 现场签到 window is open.
  const signIn = createSignInDesk({ db: archive.db });
  bindArchiveChannel(ipcMain, createDispatcher(archive, { printPdf: printInHiddenWindow, signIn }), entry);
  bindExportFiles(ipcMain, archive.file, entry);
  bindChooseFolder(ipcMain, entry);
  guardSession(session.defaultSession);
  const win = createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'), entry);
  endSignInWithPage(app, win.webContents, signIn);
}

// Each guard is a function of the object it guards (electron/wiring/), tested there with fakes.
if (holdSingleInstance(app, () => BrowserWindow.getAllWindows()[0])) {
  guardEveryContents(app, (url) => void shell.openExternal(url));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (e: Error) => dialog.showErrorBox('程序启动失败', e.message));
}
