import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer's powers, in one place so a test can pin every one: no Node, an isolated and
 * sandboxed preload, the same-origin policy kept, no <webview>, no experimental web features.
 */
export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return { preload, ...LOCKED_DOWN };
}

/** What every window of the app is denied, the main window and the hidden print window alike. */
export const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/** The main window: sized for a 1366×768 office laptop, shown once painted to avoid a white flash. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '政协联络组履职档案',
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}
