import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/transport';
import { IPC_EXPORT_FILE_CHANNEL } from '../../shared/exportFiles';
import { IPC_CHOOSE_FOLDER_CHANNEL } from '../../shared/chooseFolder';
import { ARCHIVE_PROCESS_ENTRY } from '../../electron/archiveProcess/entryName';
import { secureWebPreferences } from '../../electron/windowOptions';
import { tempDir } from '../helpers/archive';

// electron/main.ts run against stand-ins for Electron's objects: what it registers at start is
// what the real window relies on (the off-site desktop workflow runs the real one).

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = {
    locked: true,
    appListeners,
    quit: { count: 0 },
    ipcChannels: [] as string[],
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as {
      options: { webPreferences?: Record<string, unknown> };
      loaded: string[];
      webContents: { events: string[] };
    }[],
    session: { request: 0, check: 0, headers: 0 },
    errors: [] as string[],
    ready: Promise.resolve(),
    forks: [] as { modulePath: string; args: string[]; options: Record<string, unknown> }[],
    /** The archive process's bundle, built once for the file (modules are reset before each test). */
    bundled: undefined as string | undefined,
  };
  return state;
});

vi.mock('electron', async () => {
  // utilityProcess.fork, made of Node's child_process.fork running the archive process's source.
  const { archiveChildOf, archiveProcessBundle, forkArchiveProcess } = await import('../helpers/archiveProcess');
  const bundled = (fake.bundled ??= await archiveProcessBundle());
  class BrowserWindow {
    loaded: string[] = [];
    webContents = {
      events: [] as string[],
      on(event: string) {
        this.events.push(event);
      },
    };
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      fake.windows.push(this);
    }
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    static getAllWindows() {
      return fake.windows;
    }
  }
  const on = (event: string, listener: Listener) => {
    fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]);
  };
  return {
    app: {
      isPackaged: true,
      on,
      quit: () => void fake.quit.count++,
      requestSingleInstanceLock: () => fake.locked,
      whenReady: () => fake.ready,
    },
    BrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(),
      showErrorBox: (title: string, message: string) => void fake.errors.push(`${title}: ${message}`),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        fake.ipcChannels.push(channel);
        fake.ipcHandlers.set(channel, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.session.request++,
        setPermissionCheckHandler: () => void fake.session.check++,
        webRequest: { onHeadersReceived: () => void fake.session.headers++ },
      },
      fromPartition: () => ({}),
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() },
    utilityProcess: {
      fork(modulePath: string, args: string[], options: Record<string, unknown>) {
        fake.forks.push({ modulePath, args, options });
        return archiveChildOf(forkArchiveProcess(bundled, args));
      },
    },
  };
});

let home: string;
const savedXdg = process.env.XDG_CONFIG_HOME;

beforeEach(() => {
  home = tempDir('main-wiring-');
  // The app opens its archive in the per-user data folder: here a temp one.
  process.env.XDG_CONFIG_HOME = home;
  fake.appListeners.clear();
  fake.quit.count = 0;
  fake.ipcChannels.length = 0;
  fake.ipcHandlers.clear();
  fake.windows.length = 0;
  fake.session = { request: 0, check: 0, headers: 0 };
  fake.errors.length = 0;
  fake.forks.length = 0;
  vi.resetModules();
});

afterAll(() => {
  // The bundle is built into a folder of its own, with the export worker beside it.
  if (fake.bundled) fs.rmSync(path.dirname(fake.bundled), { recursive: true, force: true });
});

afterEach(async () => {
  // Quitting waits for the archive's process to close the archive, then quits again.
  const quits = fake.quit.count;
  const prevented = { preventDefault: vi.fn() };
  for (const l of fake.appListeners.get('will-quit') ?? []) l(prevented);
  if (prevented.preventDefault.mock.calls.length)
    await vi.waitFor(() => expect(fake.quit.count).toBeGreaterThan(quits), { timeout: 60_000 });
  if (savedXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedXdg;
  fs.rmSync(home, { recursive: true, force: true });
});

/** Waits until start() has opened the window and the archive's process has opened (and backed up) a real archive. */
async function started(): Promise<void> {
  await vi.waitFor(() => expect(fake.windows.length + fake.errors.length).toBeGreaterThan(0), { timeout: 30_000 });
  if (fake.errors.length) return;
  const info = await callFromPage('meta.info', {});
  expect(info).toMatchObject({ ok: true });
}

/** What the page's preload sends over the archive channel, from the app's own page. */
function callFromPage(method: string, input: unknown): Promise<unknown> {
  const handler = fake.ipcHandlers.get(IPC_CHANNEL)!;
  const event = { senderFrame: { url: fake.windows[0].loaded[0] }, sender: { isDestroyed: () => false, send() {} } };
  return Promise.resolve(handler(event, method, input));
}

describe('the desktop shell at start', () => {
  it('takes the single-instance lock and guards every web contents before anything loads', async () => {
    await import('../../electron/main');
    expect(fake.appListeners.has('second-instance')).toBe(true);
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.appListeners.has('window-all-closed')).toBe(true);
    await started();
  });

  it('forks the archive’s process from the bundle entry beside main, which opens the archive in the user folder', async () => {
    await import('../../electron/main');
    await started();
    expect(fake.errors).toEqual([]);
    expect(fake.forks).toHaveLength(1);
    const [{ modulePath, args, options }] = fake.forks;
    // Under test main.ts runs from electron/; built, from out/main/, where archiveProcess.js is its sibling.
    expect(path.dirname(modulePath)).toBe(path.resolve(import.meta.dirname, '../../electron'));
    expect(path.basename(modulePath)).toBe(`${ARCHIVE_PROCESS_ENTRY}.js`);
    expect(args).toEqual([`--parent-pid=${process.pid}`]);
    expect(options).toEqual({ serviceName: '档案服务', stdio: 'inherit' });
    const file = path.join(home, 'liaison-archive', 'archive.sqlite');
    expect(await callFromPage('meta.info', {})).toMatchObject({ ok: true, value: { file } });
    const owner = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as { pid: number };
    expect(owner.pid).not.toBe(process.pid);
  });

  it('opens the archive in the user folder, binds both channels, guards the session, opens one secure window', async () => {
    await import('../../electron/main');
    await started();
    expect(fake.errors).toEqual([]);
    expect(fs.existsSync(path.join(home, 'liaison-archive', 'archive.sqlite'))).toBe(true);
    expect(fake.ipcChannels.sort()).toEqual([IPC_CHANNEL, IPC_EXPORT_FILE_CHANNEL, IPC_CHOOSE_FOLDER_CHANNEL].sort());
    expect(fake.session).toEqual({ request: 1, check: 1, headers: 1 });
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    const preload = win.options.webPreferences?.preload as string;
    expect(preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(win.options.webPreferences).toStrictEqual(secureWebPreferences(preload));
    expect(win.loaded).toHaveLength(1);
    expect(win.loaded[0]).toMatch(/^file:\/\/.*renderer\/index\.html$/);
    // 现场签到's LAN listener ends with the window's page.
    expect(win.webContents.events.sort()).toEqual(['destroyed', 'did-start-navigation', 'render-process-gone']);
    expect(fake.appListeners.get('will-quit')).toHaveLength(2);
  });

  it('a second copy quits without opening the archive or a window', async () => {
    fake.locked = false;
    try {
      await import('../../electron/main');
      expect(fake.quit.count).toBe(1);
      expect(fake.appListeners.size).toBe(0);
      expect(fake.windows).toHaveLength(0);
      expect(fs.existsSync(path.join(home, 'liaison-archive'))).toBe(false);
    } finally {
      fake.locked = true;
    }
  });
});
