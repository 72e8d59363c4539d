import path from 'node:path';
import { exportFolder } from '../export/folder';
import { ArchiveError } from '../errors';

/** A file of the year's exports folder by its plain name (the contract already refused paths; this refuses them again). */
export function inExportsFolder(archiveFile: string, year: number, name: string): string {
  const folder = exportFolder(archiveFile, year);
  const file = path.join(folder, name);
  if (path.dirname(file) !== folder)
    throw new ArchiveError('INVALID_INPUT', `文件名 ${name} 无效，只能是导出文件夹中的文件名。`);
  return file;
}
