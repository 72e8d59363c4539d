import { rulesForYear, saveRules } from './rules';
import { yearPoints } from './year';
import type { HandlersFor } from '../repo/context';

/**
 * Points are computed whether or not the group has turned them on (group.pointsEnabled): the
 * setting only decides whether the app shows them, so a clerk can look before turning them on.
 */
export const pointsHandlers: HandlersFor<'points'> = {
  'points.rules': ({ db }, { year }) => rulesForYear(db, year),
  'points.setRules': ({ db }, { year, rules }) => saveRules(db, year, rules),
  'points.year': ({ db }, { year }) => yearPoints(db, year),
};
