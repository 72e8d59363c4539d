import { copyPlanYear, createPlanItem, listPlan, planItemTable } from './repo';
import type { HandlersFor } from '../repo/context';

export const planHandlers: HandlersFor<'plan'> = {
  'plan.list': ({ db }, { year }) => listPlan(db, year),
  'plan.get': ({ db }, { id }) => planItemTable.get(db, id),
  'plan.create': ({ db }, input) => createPlanItem(db, input),
  'plan.update': ({ db }, { id, patch }) => planItemTable.update(db, id, patch),
  'plan.delete': ({ db }, { id }) => planItemTable.softDelete(db, id),
  'plan.restore': ({ db }, { id }) => planItemTable.restore(db, id),
  'plan.copyYear': ({ db }, { fromYear, toYear }) => copyPlanYear(db, fromYear, toYear),
};
