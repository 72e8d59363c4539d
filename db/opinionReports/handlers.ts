import { createOpinionReport, listOpinionReports, opinionReportTable, updateOpinionReport } from './repo';
import type { HandlersFor } from '../repo/context';

export const opinionReportHandlers: HandlersFor<'opinionReports'> = {
  'opinionReports.list': ({ db }, input) => listOpinionReports(db, input),
  'opinionReports.get': ({ db }, { id }) => opinionReportTable.get(db, id),
  'opinionReports.create': ({ db }, input) => createOpinionReport(db, input),
  'opinionReports.update': ({ db }, { id, patch }) => updateOpinionReport(db, id, patch),
  'opinionReports.delete': ({ db }, { id }) => opinionReportTable.softDelete(db, id),
  'opinionReports.restore': ({ db }, { id }) => opinionReportTable.restore(db, id),
};
