import { importYearPackage } from '../package/importPackage';
import { verifyExportedPackage, verifyPackageFile } from '../package/verifyPackage';
import path from 'node:path';
import { writeYearPackage } from '../package/writePackage';
import type { HandlersFor } from './types';

export const packageHandlers: HandlersFor<'package'> = {
  'package.export': ({ archive, progress }, { year, includeDocuments, dataDigest }) =>
    writeYearPackage(archive, { year, includeDocuments, dataDigest, progress }),
  'package.verify': ({ archive }, { year, name, file }) =>
    file !== undefined
      ? verifyPackageFile(file, path.basename(file))
      : verifyExportedPackage(archive.file, year as number, name as string),
  'package.import': ({ archive, progress }, input) => importYearPackage(archive, { ...input, progress }),
};
