import { recordHandlers } from '../../repo/recordHandlers';
import type { HandlersFor } from '../../repo/context';
import { listSchemes, schemeOfYear, schemeTable } from './repo';
import { createScheme, deleteScheme, restoreScheme, setSchemeForYear, updateScheme } from './writes';

export const schemeHandlers: HandlersFor<'schemes'> = {
  ...recordHandlers('duty_scheme', schemeTable, {
    list: (db, { scope }) => listSchemes(db, scope),
    create: createScheme,
    update: updateScheme,
    delete: deleteScheme,
    restore: restoreScheme,
  }),
  'schemes.forYear': ({ db }, { year }) => schemeOfYear(db, year),
  'schemes.setForYear': ({ db }, { year, schemeId }) => setSchemeForYear(db, year, schemeId),
};
