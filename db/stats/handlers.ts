import { yearStats } from './yearStats';
import type { HandlersFor } from '../repo/context';

export const statsHandlers: HandlersFor<'stats'> = {
  'stats.year': ({ db }, { year }) => yearStats(db, year),
};
