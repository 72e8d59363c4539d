import type { MethodName } from '../../shared/api';
import { memberHandlers } from './members';
import { activityHandlers } from './activities';
import { planHandlers } from './plan';
import { schemeHandlers } from './schemes';
import { dutyRecordHandlers } from './dutyRecords';
import { proposalHandlers } from './proposals';
import { opinionReportHandlers } from './opinionReports';
import { deedHandlers } from './deeds';
import { documentHandlers } from './documents';
import { groupHandlers } from './group';
import { attachmentHandlers } from './attachments';
import { auditHandlers } from './audit';
import { recycleHandlers } from './recycle';
import { metaHandlers } from './meta';
import { backupHandlers } from './backups';
import { dutyHandlers } from './duty';
import { statsHandlers } from './stats';
import { searchHandlers } from './search';
import { memberFileHandlers } from './memberFile';
import { memberImportHandlers } from './memberImport';
import { exportHandlers } from './exports';
import { packageHandlers } from './packages';
import { summaryHandlers } from './summary';
import { pointsHandlers } from './points';
import { yearEndHandlers } from './yearEnd';
import { filingHandlers } from './filing';
import { jielongHandlers } from './jielong';
import { signInHandlers } from './signIn';
import type { Handler } from './types';

/** Every method of the contract, each with its handler: a missing one fails to compile. */
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
  ...memberFileHandlers,
  ...memberImportHandlers,
  ...exportHandlers,
  ...packageHandlers,
  ...summaryHandlers,
  ...pointsHandlers,
  ...yearEndHandlers,
  ...filingHandlers,
  ...jielongHandlers,
  ...signInHandlers,
};
