import os from 'node:os';
import path from 'node:path';

/** The folder name under the per-user data folder; the README tells clerks this exact path. */
export const APP_DIR_NAME = 'liaison-archive';

export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const current = (): PlatformEnv => ({ platform: process.platform, env: process.env, home: os.homedir() });

/**
 * The per-user data folder of the app, computed the way Electron computes `appData` so that the
 * desktop app and the browser-mode host open the same archive: %APPDATA% on Windows,
 * ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config elsewhere.
 */
export function appDataDir({ platform, env, home }: PlatformEnv = current()): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  let base: string;
  if (platform === 'win32') base = env.APPDATA || p.join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') base = p.join(home, 'Library', 'Application Support');
  else base = env.XDG_CONFIG_HOME || p.join(home, '.config');
  return p.join(base, APP_DIR_NAME);
}

/** Where the clerk's archive lives unless another file is named. */
export function defaultArchivePath(where: PlatformEnv = current()): string {
  const p = where.platform === 'win32' ? path.win32 : path.posix;
  return p.join(appDataDir(where), 'archive.sqlite');
}
