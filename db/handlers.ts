import type { MethodName } from '../shared/api';
import { memberHandlers } from './members/handlers';
import { activityHandlers } from './activities/handlers';
import { planHandlers } from './plan/handlers';
import { schemeHandlers } from './duty/schemes/handlers';
import { dutyRecordHandlers } from './duty/records/handlers';
import { proposalHandlers } from './proposals/handlers';
import { opinionReportHandlers } from './opinionReports/handlers';
import { deedHandlers } from './deeds/handlers';
import { documentHandlers } from './documents/handlers';
import { groupHandlers } from './group/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { recycleHandlers } from './recycle/handlers';
import { metaHandlers } from './meta/handlers';
import { backupHandlers } from './backup/handlers';
import { dutyHandlers } from './duty/handlers';
import { statsHandlers } from './stats/handlers';
import { searchHandlers } from './search/handlers';
import { exportHandlers } from './export/handlers';
import { packageHandlers } from './package/handlers';
import { summaryHandlers } from './drafts/handlers';
import { pointsHandlers } from './points/handlers';
import { yearEndHandlers } from './yearEnd/handlers';
import { filingHandlers } from './filing/handlers';
import { attendanceHandlers } from './attendance/handlers';
import { signInHandlers } from './signIn/handlers';
import type { Handler } from './repo/context';

/**
 * Every method of the contract, each with its handler: each feature's map (the methods
 * `<namespace>.*` in db/<namespace>/handlers.ts, see the README's layout) spread into one, so a
 * method missing from all of them fails to compile.
 */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...metaHandlers,
  ...backupHandlers,
  ...memberHandlers,
  ...activityHandlers,
  ...planHandlers,
  ...schemeHandlers,
  ...dutyRecordHandlers,
  ...proposalHandlers,
  ...opinionReportHandlers,
  ...deedHandlers,
  ...documentHandlers,
  ...groupHandlers,
  ...attachmentHandlers,
  ...auditHandlers,
  ...recycleHandlers,
  ...dutyHandlers,
  ...statsHandlers,
  ...searchHandlers,
  ...exportHandlers,
  ...packageHandlers,
  ...summaryHandlers,
  ...pointsHandlers,
  ...yearEndHandlers,
  ...filingHandlers,
  ...attendanceHandlers,
  ...signInHandlers,
};
