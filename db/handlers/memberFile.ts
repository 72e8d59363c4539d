import { memberDutyFile } from '../services/memberFile';
import type { Handler } from './types';

/** The member's year file lives apart from the roster's handlers (db/handlers/members.ts). */
export const memberFileHandlers: { 'members.dutyFile': Handler<'members.dutyFile'> } = {
  'members.dutyFile': ({ db }, { memberId, year }) => memberDutyFile(db, memberId, year),
};
