import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHOOSE_FOLDER_CHANNEL, type ChooseFolder } from '../../shared/chooseFolder';
import { IPC_CHANNEL, IPC_PROGRESS_CHANNEL, type ArchiveTransport } from '../../shared/transport';

// Electron itself cannot load outside its binary; these stand-ins record what the shell asks of it.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  invoke: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
  showOpenDialog: vi.fn(),
  getPathForFile: vi.fn(() => '/home/clerk/2025年度档案包.zip'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
  dialog: { showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { fromWebContents: () => null },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

beforeEach(() => {
  electron.exposed.clear();
  electron.handlers.clear();
  vi.clearAllMocks();
  vi.resetModules();
});

describe('preload', () => {
  it('exposes `archive` with call and onProgress, over the one channel (and the export-file, received-file and folder bridges)', async () => {
    await import('../../electron/preload');
    expect([...electron.exposed.keys()]).toEqual(['archive', 'receivedFiles', 'exportFiles', 'chooseFolder']);
    const archive = electron.exposed.get('archive') as ArchiveTransport;
    expect(Object.keys(archive).sort()).toEqual(['call', 'onProgress']);

    await archive.call('members.list', {});
    expect(electron.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'members.list', {});

    const listener = vi.fn();
    const off = archive.onProgress(listener);
    const forward = electron.on.mock.calls[0][1] as (e: unknown, p: unknown) => void;
    expect(electron.on.mock.calls[0][0]).toBe(IPC_PROGRESS_CHANNEL);
    forward({ sender: 'ipc event stays in the preload' }, { task: 'export', fraction: 0.5, message: '导出中' });
    expect(listener).toHaveBeenCalledWith({ task: 'export', fraction: 0.5, message: '导出中' });
    off();
    expect(electron.removeListener).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, forward);
  });

  it('tells the page a chosen file’s own path and nothing else', async () => {
    await import('../../electron/preload');
    const received = electron.exposed.get('receivedFiles') as { pathOf(f: unknown): string };
    expect(Object.keys(received)).toEqual(['pathOf']);
    const chosen = { name: '2025年度档案包.zip' };
    expect(received.pathOf(chosen)).toBe('/home/clerk/2025年度档案包.zip');
    expect(electron.getPathForFile).toHaveBeenCalledWith(chosen);
  });
});

describe('IPC binding', () => {
  const entry = { kind: 'file', indexUrl: 'file:///app/out/renderer/index.html' } as const;
  const registrar = { handle: (channel: string, fn: (...args: never[]) => unknown) => void electron.handlers.set(channel, fn as (...args: unknown[]) => unknown) };
  const event = (url: string) => ({ senderFrame: { url }, sender: { isDestroyed: () => false, send: vi.fn() } });

  it('dispatches calls from the app’s own page and refuses any other frame', async () => {
    const { bindArchiveChannel } = await import('../../electron/ipc');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    bindArchiveChannel(registrar, dispatch, entry);
    const handle = electron.handlers.get(IPC_CHANNEL)!;

    expect(await handle(event('file:///app/out/renderer/index.html#/members'), 'members.list', {})).toEqual({
      ok: true,
      value: 'done',
    });
    expect(dispatch).toHaveBeenCalledTimes(1);

    const refused = (await handle(event('https://evil.example/'), 'members.delete', { id: 1 })) as {
      ok: boolean;
      error: { message: string };
    };
    expect(refused.ok).toBe(false);
    expect(refused.error.message).toContain('拒绝访问');
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('sends progress back to the page that asked', async () => {
    const { bindArchiveChannel } = await import('../../electron/ipc');
    const progress = { task: 'backup', fraction: 1, message: '完成' };
    bindArchiveChannel(registrar, async (_m, _i, onProgress) => {
      onProgress?.(progress);
      return { ok: true, value: null };
    }, entry);
    const e = event('file:///app/out/renderer/index.html');
    await electron.handlers.get(IPC_CHANNEL)!(e, 'meta.info', {});
    expect(e.sender.send).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, progress);
  });
});

describe('folder dialog', () => {
  const entry = { kind: 'file', indexUrl: 'file:///app/out/renderer/index.html' } as const;
  const event = (url: string) => ({ senderFrame: { url }, sender: {} });

  it('the preload asks the one folder channel with the dialog’s title', async () => {
    await import('../../electron/preload');
    electron.invoke.mockResolvedValueOnce('E:\\档案备份');
    const choose = electron.exposed.get('chooseFolder') as ChooseFolder;
    expect(await choose('选择第二个备份文件夹')).toBe('E:\\档案备份');
    expect(electron.invoke).toHaveBeenCalledWith(IPC_CHOOSE_FOLDER_CHANNEL, '选择第二个备份文件夹');
  });

  it('answers the app’s page with the chosen folder or null, and shows no dialog to any other frame', async () => {
    const { bindChooseFolder } = await import('../../electron/chooseFolder');
    bindChooseFolder({ handle: (channel, fn) => void electron.handlers.set(channel, fn as (...args: unknown[]) => unknown) }, entry);
    const handle = electron.handlers.get(IPC_CHOOSE_FOLDER_CHANNEL)!;
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/备份'] });
    expect(await handle(event('file:///app/out/renderer/index.html#/backups'), '选择文件夹')).toBe('/media/usb/备份');
    expect(electron.showOpenDialog.mock.calls[0][0]).toMatchObject({
      title: '选择文件夹',
      properties: expect.arrayContaining(['openDirectory']),
    });
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handle(event('file:///app/out/renderer/index.html'), '选择文件夹')).toBeNull();
    expect(await handle(event('https://evil.example/'), '选择文件夹')).toBeNull();
    expect(electron.showOpenDialog).toHaveBeenCalledTimes(2);
  });
});
