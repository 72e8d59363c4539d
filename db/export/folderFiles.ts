import fs from 'node:fs';
import path from 'node:path';
import type { ExportFolderFile, ExportFolderListing } from '../../shared/contract/yearEnd';
import { exportFileKind } from './exportedFile';
import { exportFolder } from './folder';

/** The finished files of a year's exports folder, newest first; half-written `.part` files and strays are left out. */
export function listExportFolder(archiveFile: string, year: number): ExportFolderListing {
  const folder = exportFolder(archiveFile, year);
  const entries = fs.existsSync(folder) ? fs.readdirSync(folder, { withFileTypes: true }) : [];
  const files: ExportFolderFile[] = [];
  for (const e of entries) {
    const kind = exportFileKind(e.name);
    if (!e.isFile() || !kind) continue;
    const stat = fs.statSync(path.join(folder, e.name));
    files.push({ name: e.name, kind, bytes: stat.size, modifiedAt: stat.mtime.toISOString() });
  }
  files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name));
  return { year, folder, files };
}
