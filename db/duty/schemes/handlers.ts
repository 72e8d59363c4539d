import { createScheme, deleteScheme, restoreScheme, setSchemeForYear, updateScheme } from './writes';
import { listSchemes, schemeOfYear, schemeTable } from './repo';
import type { HandlersFor } from '../../repo/context';

export const schemeHandlers: HandlersFor<'schemes'> = {
  'schemes.list': ({ db }, { scope }) => listSchemes(db, scope),
  'schemes.get': ({ db }, { id }) => schemeTable.get(db, id),
  'schemes.create': ({ db }, input) => createScheme(db, input),
  'schemes.update': ({ db }, { id, patch }) => updateScheme(db, id, patch),
  'schemes.delete': ({ db }, { id }) => deleteScheme(db, id),
  'schemes.restore': ({ db }, { id }) => restoreScheme(db, id),
  'schemes.forYear': ({ db }, { year }) => schemeOfYear(db, year),
  'schemes.setForYear': ({ db }, { year, schemeId }) => setSchemeForYear(db, year, schemeId),
};
