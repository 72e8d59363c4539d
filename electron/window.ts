import { BrowserWindow } from 'electron';
import type { AppEntry } from './security';
import { mainWindowOptions } from './windowOptions';

/** The one window, loading the app's own page; navigation rules are set for every contents in main.ts. */
export function createMainWindow(preload: string, entry: AppEntry): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preload));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(entry.kind === 'dev' ? entry.origin : entry.indexUrl);
  return win;
}
