import { dutyMatrix } from '../services/dutyMatrix';
import type { HandlersFor } from './types';

export const dutyHandlers: HandlersFor<'duty'> = {
  'duty.matrix': ({ db }, { year }) => dutyMatrix(db, year),
};
