import { recordHandlers } from '../repo/recordHandlers';
import type { HandlersFor } from '../repo/context';
import { copyPlanYear, createPlanItem, listPlan, planItemTable } from './repo';

export const planHandlers: HandlersFor<'plan'> = {
  ...recordHandlers('plan_item', planItemTable, {
    list: (db, { year }) => listPlan(db, year),
    create: createPlanItem,
    update: (db, id, patch) => planItemTable.update(db, id, patch),
  }),
  'plan.copyYear': ({ db }, { fromYear, toYear }) => copyPlanYear(db, fromYear, toYear),
};
