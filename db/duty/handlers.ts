import { dutyEvidence, dutyMatrix } from './matrix';
import type { HandlersFor } from '../repo/context';

export const dutyHandlers: HandlersFor<'duty'> = {
  'duty.matrix': ({ db }, { year }) => dutyMatrix(db, year),
  'duty.evidence': ({ db }, { year, memberId, itemCode }) => dutyEvidence(db, year, memberId, itemCode),
};
