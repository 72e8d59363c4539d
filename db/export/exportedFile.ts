import path from 'node:path';
import { EXPORT_FILE_KINDS, type ExportFileKind } from '../../shared/contract/yearEnd';
import { exportFolder } from './folder';

/** The kind of a finished export by its name's extension; null for anything else (a `.part`, a stray file). */
export function exportFileKind(name: string): ExportFileKind | null {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1].toLowerCase();
  return (EXPORT_FILE_KINDS as readonly string[]).includes(ext ?? '') ? (ext as ExportFileKind) : null;
}

/**
 * A plain file name as the exports write them: no folder part, no Windows device or stream syntax
 * (`:`), no hidden or parent names, no control characters.
 */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !/[\\/:*?"<>|\u0000-\u001f\u007f]/.test(name) &&
    !name.startsWith('.') &&
    !name.includes('..') &&
    name.trim() === name
  );
}

/**
 * The path of a finished export the clerk may download or open, from the year and name the page
 * asks for; null when either is not one the exports could have written. Whether the file exists
 * is for the caller to find out.
 */
export function exportedFilePath(archiveFile: string, year: string | number, name: string): string | null {
  const y = String(year);
  if (!/^\d{4}$/.test(y) || Number(y) < 1949 || Number(y) > 2200) return null;
  if (!isPlainName(name) || !exportFileKind(name)) return null;
  const folder = exportFolder(archiveFile, Number(y));
  const file = path.join(folder, name);
  return path.dirname(file) === folder ? file : null;
}
