import { exportRoster } from '../export/roster';
import { memberDutyFile } from './dutyFile';
import { commitImport } from './import/commit';
import { previewImport } from './import/preview';
import { importTemplate } from './import/template';
import { createMember, listMembers, memberNames, memberSectors, memberTable, updateMember } from './repo';
import type { HandlersFor } from '../repo/context';

export const memberHandlers: HandlersFor<'members'> = {
  'members.list': ({ db }, input) => listMembers(db, input),
  'members.get': ({ db }, { id }) => memberTable.get(db, id),
  'members.create': ({ db }, input) => createMember(db, input),
  'members.update': ({ db }, { id, patch }) => updateMember(db, id, patch),
  'members.delete': ({ db }, { id }) => memberTable.softDelete(db, id),
  'members.restore': ({ db }, { id }) => memberTable.restore(db, id),
  'members.names': ({ db }, { status }) => memberNames(db, status),
  'members.sectors': ({ db }) => memberSectors(db),
  'members.dutyFile': ({ db }, { memberId, year }) => memberDutyFile(db, memberId, year),
  // The roster from a spreadsheet, and its address book and birthday list back out.
  'members.importPreview': ({ db }, { fileName, dataBase64 }) =>
    previewImport(db, fileName, Buffer.from(dataBase64, 'base64')),
  'members.importCommit': ({ archive }, input) => commitImport(archive, input),
  'members.template': (_ctx, { format }) => importTemplate(format),
  'members.exportRoster': ({ db }, { kind }) => exportRoster(db, kind),
};
