import fs from 'node:fs';
import type { PackageCheck } from '../../shared/contract/packages';
import { ArchiveError } from '../errors';
import { inExportsFolder } from './exportsFolder';
import { packageEntries } from './fileStatus';
import { readPackage } from './readPackage';

/** Checks a package of the year's exports folder, reporting the reason instead of throwing it. */
export async function verifyExportedPackage(archiveFile: string, year: number, name: string): Promise<PackageCheck> {
  const file = inExportsFolder(archiveFile, year, name);
  if (!fs.existsSync(file)) throw new ArchiveError('NOT_FOUND', `导出文件夹中没有 ${name}。`);
  return verifyPackageFile(file, name);
}

/** Checks any package file (one received from elsewhere too), with each file's status in the report. */
export async function verifyPackageFile(file: string, name: string): Promise<PackageCheck> {
  try {
    const { manifest, files } = await readPackage(file);
    return {
      name,
      ok: true,
      problem: null,
      year: manifest.year,
      group: manifest.group,
      compiledAt: manifest.compiledAt,
      files: files.size,
      entries: [...files]
        .map(([path, bytes]) => ({ path, status: 'intact' as const, size: bytes.length }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw e;
    const entries = (await packageEntries(file)) ?? [];
    return { name, ok: false, problem: e.message, year: null, group: null, compiledAt: null, files: 0, entries };
  }
}
