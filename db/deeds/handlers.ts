import { createDeed, deedTable, listDeeds, updateDeed } from './repo';
import type { HandlersFor } from '../repo/context';

export const deedHandlers: HandlersFor<'deeds'> = {
  'deeds.list': ({ db }, input) => listDeeds(db, input),
  'deeds.get': ({ db }, { id }) => deedTable.get(db, id),
  'deeds.create': ({ db }, input) => createDeed(db, input),
  'deeds.update': ({ db }, { id, patch }) => updateDeed(db, id, patch),
  'deeds.delete': ({ db }, { id }) => deedTable.softDelete(db, id),
  'deeds.restore': ({ db }, { id }) => deedTable.restore(db, id),
};
