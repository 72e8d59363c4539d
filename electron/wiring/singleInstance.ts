/** What a single-instance app needs of Electron's `app`. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** What it needs of the window it brings back. */
export interface RaisableWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * A second copy would be a second writer on the same archive file: it quits, and the first one
 * comes to the front instead. Returns whether this process holds the lock and should go on.
 */
export function holdSingleInstance(app: SingleInstanceApp, currentWindow: () => RaisableWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}
