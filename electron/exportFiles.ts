import { shell } from 'electron';
import fs from 'node:fs';
import { exportedFilePath } from '../db/export/exportedFile';
import { IPC_EXPORT_FILE_CHANNEL } from '../shared/exportFiles';
import { fail, ok, type Result } from '../shared/result';
import { parseExportFileRequest } from './exportFileRequest';
import { isAppUrl, type AppEntry } from './security';
import type { InvokeRegistrar } from './wiring/invokeChannel';

/**
 * The second, narrow channel: open a finished export in its program, or show it in its folder.
 * The page names a year and a file name; the file must be one of the exports' own kinds, directly
 * in the archive's exports folder — the shell never receives a path the page made up.
 */
export function bindExportFiles(ipc: InvokeRegistrar, archiveFile: string, entry: AppEntry): void {
  ipc.handle(IPC_EXPORT_FILE_CHANNEL, async (event, action: unknown, year: unknown, name: unknown) => {
    if (!isAppUrl(event.senderFrame?.url, entry))
      return fail({ code: 'IO_ERROR', message: '拒绝访问：只有本程序自己的页面可以打开导出文件。' });
    const request = parseExportFileRequest(action, year, name);
    const file = request && exportedFilePath(archiveFile, request.year, request.name);
    if (!request || !file)
      return fail({ code: 'INVALID_INPUT', message: '只能打开导出文件夹中的档案册、台账和档案包。' });
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile())
      return fail({ code: 'NOT_FOUND', message: `导出文件夹中没有“${request.name}”，请重新导出。` });
    if (request.action === 'reveal') {
      shell.showItemInFolder(file);
      return ok(null);
    }
    const problem = await shell.openPath(file);
    const opened: Result<null> = problem
      ? fail({
          code: 'IO_ERROR',
          message: `无法打开“${request.name}”（${problem}）。请确认电脑上装有 Word/WPS、Excel 或 PDF 阅读器，或在文件夹中找到它。`,
        })
      : ok(null);
    return opened;
  });
}
