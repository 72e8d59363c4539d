import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExportFileRequest } from '../../electron/exportFileRequest';
import { IPC_EXPORT_FILE_CHANNEL, type ExportFilesBridge } from '../../shared/exportFiles';
import { tempDir } from '../helpers/archive';

// Electron itself cannot load outside its binary; these stand-ins record what the shell asks of it.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  invoke: vi.fn(),
  openPath: vi.fn(async (_file: string) => ''),
  showItemInFolder: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: vi.fn(), removeListener: vi.fn() },
  shell: { openPath: electron.openPath, showItemInFolder: electron.showItemInFolder },
}));

const entry = { kind: 'file', indexUrl: 'file:///app/out/renderer/index.html' } as const;
const ownPage = { senderFrame: { url: 'file:///app/out/renderer/index.html#/yearArchive' } };

let dir: string;
let archiveFile: string;
let folder: string;

beforeEach(() => {
  electron.exposed.clear();
  electron.handlers.clear();
  vi.clearAllMocks();
  vi.resetModules();
  dir = tempDir('electron-exports-');
  archiveFile = path.join(dir, 'archive.sqlite');
  folder = path.join(`${archiveFile}.exports`, '2025');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, '2025年度履职档案.docx'), 'docx');
  fs.writeFileSync(path.join(folder, 'run.exe'), 'MZ');
  fs.writeFileSync(path.join(dir, 'secret.pdf'), 'secret');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function channel() {
  const { bindExportFiles } = await import('../../electron/exportFiles');
  bindExportFiles({ handle: (channel, fn) => void electron.handlers.set(channel, fn as (...args: unknown[]) => unknown) }, archiveFile, entry);
  return electron.handlers.get(IPC_EXPORT_FILE_CHANNEL)!;
}

describe('export-file channel (main)', () => {
  it('opens a finished export in its program, or shows it in its folder', async () => {
    const handle = await channel();
    const file = path.join(folder, '2025年度履职档案.docx');
    expect(await handle(ownPage, 'open', 2025, '2025年度履职档案.docx')).toEqual({ ok: true, value: null });
    expect(electron.openPath).toHaveBeenCalledWith(file);
    expect(await handle(ownPage, 'reveal', 2025, '2025年度履职档案.docx')).toEqual({ ok: true, value: null });
    expect(electron.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('passes on the system’s refusal to open in Chinese', async () => {
    electron.openPath.mockResolvedValueOnce('No application is associated');
    const handle = await channel();
    const r = (await handle(ownPage, 'open', 2025, '2025年度履职档案.docx')) as {
      ok: boolean;
      error: { message: string };
    };
    expect(r.ok).toBe(false);
    expect(r.error.message).toContain('无法打开“2025年度履职档案.docx”');
  });

  it('never hands the shell anything but an export of the folder', async () => {
    const handle = await channel();
    const refused: unknown[][] = [
      ['open', 2025, 'run.exe'],
      ['open', 2025, '../../secret.pdf'],
      ['open', 2025, '..\\..\\secret.pdf'],
      ['open', 2025, path.join(dir, 'secret.pdf')],
      ['open', '2025', '2025年度履职档案.docx'],
      ['open', 1800, '2025年度履职档案.docx'],
      ['launch', 2025, '2025年度履职档案.docx'],
      ['open', 2025, { toString: () => '2025年度履职档案.docx' }],
    ];
    for (const args of refused) {
      const r = (await handle(ownPage, ...args)) as { ok: boolean; error: { code: string } };
      expect(r.ok, JSON.stringify(args)).toBe(false);
      expect(r.error.code).toBe('INVALID_INPUT');
    }
    const missing = (await handle(ownPage, 'open', 2025, '2025年度台账.xlsx')) as { error: { code: string } };
    expect(missing.error.code).toBe('NOT_FOUND');
    const foreign = (await handle(
      { senderFrame: { url: 'https://evil.example/' } },
      'reveal',
      2025,
      '2025年度履职档案.docx',
    )) as {
      error: { message: string };
    };
    expect(foreign.error.message).toContain('拒绝访问');
    expect(electron.openPath).not.toHaveBeenCalled();
    expect(electron.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('export-file bridge (preload)', () => {
  it('sends the action, year and name over its own channel', async () => {
    await import('../../electron/preload');
    const bridge = electron.exposed.get('exportFiles') as ExportFilesBridge;
    expect(Object.keys(bridge).sort()).toEqual(['open', 'reveal']);
    await bridge.open(2025, 'a.pdf');
    await bridge.reveal(2025, 'b.zip');
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_EXPORT_FILE_CHANNEL, 'open', 2025, 'a.pdf'],
      [IPC_EXPORT_FILE_CHANNEL, 'reveal', 2025, 'b.zip'],
    ]);
  });
});

describe('parseExportFileRequest', () => {
  it('takes exactly an action, an integer year and a string name', () => {
    expect(parseExportFileRequest('reveal', 2025, 'a.pdf')).toEqual({ action: 'reveal', year: 2025, name: 'a.pdf' });
    expect(parseExportFileRequest('open', 2025.5, 'a.pdf')).toBeNull();
    expect(parseExportFileRequest('open', 2025, ['a.pdf'])).toBeNull();
    expect(parseExportFileRequest(undefined, 2025, 'a.pdf')).toBeNull();
  });
});
