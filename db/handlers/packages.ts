import { importYearPackage } from '../package/importPackage';
import { verifyExportedPackage } from '../package/verifyPackage';
import { writeYearPackage } from '../package/writePackage';
import type { HandlersFor } from './types';

export const packageHandlers: HandlersFor<'package'> = {
  'package.export': ({ archive, progress }, { year, includeDocuments, dataDigest }) =>
    writeYearPackage(archive, { year, includeDocuments, dataDigest, progress }),
  'package.verify': ({ archive }, { year, name }) => verifyExportedPackage(archive.file, year, name),
  'package.import': ({ archive, progress }, input) => importYearPackage(archive, { ...input, progress }),
};
