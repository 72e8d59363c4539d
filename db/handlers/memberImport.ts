import { exportRoster } from '../export/roster';
import { commitImport } from '../members/import/commit';
import { previewImport } from '../members/import/preview';
import { importTemplate } from '../members/import/template';
import type { Handler } from './types';

export type ImportMethod =
  'members.importPreview' | 'members.importCommit' | 'members.template' | 'members.exportRoster';

/** Importing the roster from a spreadsheet and exporting its address book and birthday list. */
export const memberImportHandlers: { [M in ImportMethod]: Handler<M> } = {
  'members.importPreview': ({ db }, { fileName, dataBase64 }) =>
    previewImport(db, fileName, Buffer.from(dataBase64, 'base64')),
  'members.importCommit': ({ archive }, input) => commitImport(archive, input),
  'members.template': (_ctx, { format }) => importTemplate(format),
  'members.exportRoster': ({ db }, { kind }) => exportRoster(db, kind),
};
