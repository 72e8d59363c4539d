import { searchArchive } from './query';
import type { HandlersFor } from '../repo/context';

export const searchHandlers: HandlersFor<'search'> = {
  'search.query': ({ db }, input) => searchArchive(db, input),
};
