import { importLedger } from '../activities/ledgerImport/commit';
import { previewLedger } from '../activities/ledgerImport/preview';
import type { Handler } from './types';

export type LedgerImportMethod = 'activities.previewLedgerImport' | 'activities.importLedger';

/** Past years' activity ledgers from a spreadsheet: previewed row by row, then written all at once. */
export const ledgerImportHandlers: { [M in LedgerImportMethod]: Handler<M> } = {
  'activities.previewLedgerImport': ({ db }, { fileName, dataBase64 }) =>
    previewLedger(db, fileName, Buffer.from(dataBase64, 'base64')),
  'activities.importLedger': ({ archive }, input) => importLedger(archive, input),
};
