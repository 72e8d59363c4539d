import { exportRoster } from '../export/roster';
import { memberDutyFile } from './dutyFile';
import { commitImport } from './import/commit';
import { previewImport } from './import/preview';
import { importTemplate } from './import/template';
import { createMember, listMembers, memberNames, memberSectors, memberTable, updateMember } from './repo';
import type { HandlersFor } from '../repo/context';
import { recordHandlers } from '../repo/recordHandlers';

export const memberHandlers: HandlersFor<'members'> = {
  ...recordHandlers('member', memberTable, { list: listMembers, create: createMember, update: updateMember }),
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
