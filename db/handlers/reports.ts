import { createReport, listReports, reportTable, updateReport } from '../repo/opinionReports';
import type { HandlersFor } from './types';

export const reportHandlers: HandlersFor<'reports'> = {
  'reports.list': ({ db }, input) => listReports(db, input),
  'reports.get': ({ db }, { id }) => reportTable.get(db, id),
  'reports.create': ({ db }, input) => createReport(db, input),
  'reports.update': ({ db }, { id, patch }) => updateReport(db, id, patch),
  'reports.delete': ({ db }, { id }) => reportTable.softDelete(db, id),
  'reports.restore': ({ db }, { id }) => reportTable.restore(db, id),
};
