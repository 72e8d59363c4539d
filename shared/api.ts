import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import { membersContract } from './contract/members';
import { activitiesContract } from './contract/activities';
import { planContract } from './contract/plan';
import { schemesContract } from './contract/schemes';
import { dutyRecordsContract } from './contract/dutyRecords';
import { proposalsContract } from './contract/proposals';
import { opinionReportsContract } from './contract/opinionReports';
import { deedsContract } from './contract/deeds';
import { documentsContract } from './contract/documents';
import { groupContract } from './contract/group';
import { attachmentsContract } from './contract/attachments';
import { auditContract } from './contract/audit';
import { recycleContract } from './contract/recycle';
import { metaContract } from './contract/meta';
import { backupsContract } from './contract/backups';
import { dutyContract } from './contract/duty';
import { statsContract } from './contract/stats';
import { searchContract } from './contract/search';
import { memberFileContract } from './contract/memberFile';
import { memberImportContract } from './contract/memberImport';
import { exportsContract } from './contract/exports';
import { packagesContract } from './contract/packages';
import { pointsContract } from './contract/points';
import { yearEndContract } from './contract/yearEnd';
import { filingContract } from './contract/filing';
import { summaryContract } from './contract/summary';
import { jielongContract } from './contract/jielong';
import { signInContract } from './contract/signIn';
import { ledgerImportContract } from './contract/ledgerImport';
import type { MethodDef } from './contract/define';

// Messages zod writes itself (type errors and the like) in Chinese, on every side.
z.config(zhCN());

/**
 * The contract: every method the renderer, the CLI and the web host may call, with its input
 * schema. The single source of method names; each aggregate's part lives in shared/contract/.
 */
export const api = {
  ...metaContract,
  ...backupsContract,
  ...membersContract,
  ...activitiesContract,
  ...planContract,
  ...schemesContract,
  ...dutyRecordsContract,
  ...proposalsContract,
  ...opinionReportsContract,
  ...deedsContract,
  ...documentsContract,
  ...groupContract,
  ...attachmentsContract,
  ...auditContract,
  ...recycleContract,
  ...dutyContract,
  ...statsContract,
  ...searchContract,
  ...memberFileContract,
  ...memberImportContract,
  ...exportsContract,
  ...packagesContract,
  ...pointsContract,
  ...yearEndContract,
  ...filingContract,
  ...summaryContract,
  ...jielongContract,
  ...signInContract,
  ...ledgerImportContract,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = Api[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(api) as MethodName[];
export const isMethodName = (s: string): s is MethodName => Object.prototype.hasOwnProperty.call(api, s);
