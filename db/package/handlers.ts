import { importYearPackage } from './importPackage';
import { verifyExportedPackage, verifyPackageFile } from './verifyPackage';
import path from 'node:path';
import { writeYearPackage } from './writePackage';
import type { HandlersFor } from '../repo/context';

export const packageHandlers: HandlersFor<'package'> = {
  'package.export': ({ archive, progress }, { year, includeDocuments, dataDigest }) =>
    writeYearPackage(archive, { year, includeDocuments, dataDigest, progress }),
  'package.verify': ({ archive }, { year, name, file }) =>
    file !== undefined
      ? verifyPackageFile(file, path.basename(file))
      : verifyExportedPackage(archive.file, year as number, name as string),
  'package.import': ({ archive, progress }, input) => importYearPackage(archive, { ...input, progress }),
};
