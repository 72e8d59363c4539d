import { z } from 'zod';
import { AuditAction, Entity } from '../enums';
import { id, isoDate } from './fields';
import { paging, searchWords } from './lists';
import type { Page } from './fields';
import { query } from './define';

/** One change to the archive (留痕): what, when, and the record before and after. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  entity: Entity;
  entityId: number | null;
  action: AuditAction;
  summary: string;
  before: unknown;
  after: unknown;
}

export const auditList = z
  .object({
    entity: z.enum(Entity.codes, { error: '记录类型无效' }).optional(),
    entityId: id.optional(),
    action: z.enum(AuditAction.codes, { error: '操作类型无效' }).optional(),
    /** First and last day (local dates, both included). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Words in the summary. */
    q: searchWords,
    ...paging,
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '开始日期不能晚于结束日期', path: ['to'] });

export const auditContract = {
  'audit.list': query<Page<AuditEntry>>()('修改记录（留痕），最新的在前', auditList),
};
