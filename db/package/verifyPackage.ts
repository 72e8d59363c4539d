import fs from 'node:fs';
import type { PackageCheck } from '../../shared/contract/packages';
import { ArchiveError } from '../errors';
import { inExportsFolder } from './exportsFolder';
import { readPackage } from './readPackage';

/** Checks a package of the year's exports folder, reporting the reason instead of throwing it. */
export async function verifyExportedPackage(archiveFile: string, year: number, name: string): Promise<PackageCheck> {
  const file = inExportsFolder(archiveFile, year, name);
  if (!fs.existsSync(file)) throw new ArchiveError('NOT_FOUND', `导出文件夹中没有 ${name}。`);
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
    };
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw e;
    return { name, ok: false, problem: e.message, year: null, group: null, compiledAt: null, files: 0 };
  }
}
