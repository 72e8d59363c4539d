import { createMember, listMembers, memberNames, memberSectors, memberTable, updateMember } from '../repo/members';
import type { ImportMethod } from './memberImport';
import type { HandlersFor } from './types';

/** The roster's methods; the member's year file (members.dutyFile) and the import have their own handler files. */
export const memberHandlers: Omit<HandlersFor<'members'>, 'members.dutyFile' | ImportMethod> = {
  'members.list': ({ db }, input) => listMembers(db, input),
  'members.get': ({ db }, { id }) => memberTable.get(db, id),
  'members.create': ({ db }, input) => createMember(db, input),
  'members.update': ({ db }, { id, patch }) => updateMember(db, id, patch),
  'members.delete': ({ db }, { id }) => memberTable.softDelete(db, id),
  'members.restore': ({ db }, { id }) => memberTable.restore(db, id),
  'members.names': ({ db }, { status }) => memberNames(db, status),
  'members.sectors': ({ db }) => memberSectors(db),
};
