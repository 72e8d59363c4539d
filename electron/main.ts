import { app, BrowserWindow, dialog, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Archive } from '../db/archive';
import { createDispatcher } from '../db/dispatcher';
import { CONTENT_SECURITY_POLICY_HEADER } from '../db/host/contentSecurityPolicy';
import { defaultArchivePath } from '../db/paths';
import { openWorkingArchive } from '../db/session';
import { bindChooseFolder } from './chooseFolder';
import { bindExportFiles } from './exportFiles';
import { bindArchiveChannel } from './ipc';
import { printInHiddenWindow } from './printPdf';
import { allowPermission, isSafeExternalUrl, type AppEntry } from './security';
import { createMainWindow } from './window';

/** electron-vite serves the renderer from a dev server while developing, from out/renderer when built. */
function appEntry(): AppEntry {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && dev) return { kind: 'dev', origin: dev };
  return { kind: 'file', indexUrl: pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href };
}

/** A link the clerk clicks leaves for the system browser, and only if it is http(s). */
function openOutside(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Every web contents, not only the main window's: no <webview>, no popups, no navigation away. */
function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openOutside(url);
    });
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  // The dev server's pages get the same policy as the meta tag the built file carries.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] },
    });
  });
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
  bindArchiveChannel(createDispatcher(archive, { printPdf: printInHiddenWindow }), entry);
  bindExportFiles(archive.file, entry);
  bindChooseFolder(entry);
  lockDownSession();
  createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'), entry);
}

// A second copy would be a second writer on the same archive file: hand over to the first one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  lockDownWebContents();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (e: Error) => dialog.showErrorBox('程序启动失败', e.message));
}
