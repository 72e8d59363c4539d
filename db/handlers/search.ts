import { searchArchive } from '../services/search';
import type { HandlersFor } from './types';

export const searchHandlers: HandlersFor<'search'> = {
  'search.query': ({ db }, input) => searchArchive(db, input),
};
