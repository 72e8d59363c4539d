import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../shared/contract/exports';
import { ArchiveError } from '../errors';

/** Exports go beside the archive, one folder per year: `<archive>.exports/<year>/`. */
export function exportFolder(archiveFile: string, year: number): string {
  return path.join(`${path.resolve(archiveFile)}.exports`, String(year));
}

/** A member's name made safe as part of a file name on Windows and elsewhere. */
export function safeFileName(s: string): string {
  return (
    s
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .replace(/^\.+/, '_')
      .trim()
      .slice(0, 80) || '未命名'
  );
}

/** Writes through a temporary name, so an export that fails half-way never leaves a broken file under the real name. */
export function writeExport(folder: string, name: string, data: Buffer): ExportedFile {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  const partial = `${file}.part`;
  try {
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    // On Windows a file open in Word, WPS or Excel cannot be replaced.
    if (['EBUSY', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? ''))
      throw new ArchiveError(
        'IO_ERROR',
        `无法写入“${name}”：这个文件可能正在 Word、WPS 或 Excel 中打开，请关闭后重新导出。`,
      );
    throw e;
  }
  return { name, path: file, bytes: data.length };
}

/** Marks files that show phone and ID numbers in full, so the clerk knows which copy not to pass on. */
export const unmaskedSuffix = (mask: boolean) => (mask ? '' : '（含完整手机号身份证号）');
