import { recordHandlers } from '../repo/recordHandlers';
import type { HandlersFor } from '../repo/context';
import { createOpinionReport, listOpinionReports, opinionReportTable, updateOpinionReport } from './repo';

export const opinionReportHandlers: HandlersFor<'opinionReports'> = recordHandlers(
  'opinion_report',
  opinionReportTable,
  {
    list: listOpinionReports,
    create: createOpinionReport,
    update: updateOpinionReport,
  },
);
