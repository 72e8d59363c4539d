import { recordHandlers } from '../repo/recordHandlers';
import type { HandlersFor } from '../repo/context';
import { createDeed, listDeeds, deedTable, updateDeed } from './repo';

export const deedHandlers: HandlersFor<'deeds'> = recordHandlers('deed', deedTable, {
  list: listDeeds,
  create: createDeed,
  update: updateDeed,
});
