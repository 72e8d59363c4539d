import type { AuditAction, Entity } from '../../../../shared/enums';
import { createPagedListStore } from '../../lists/createPagedListStore';

export interface AuditFilters {
  /** Words in the summary, e.g. a member's name. */
  q: string;
  entity?: Entity;
  action?: AuditAction;
  /** First and last day, written 2026-05-14. */
  from?: string;
  to?: string;
}

/** The audit log (操作记录), newest first, a page at a time: it grows with every change. */
export const useAuditLog = createPagedListStore<AuditFilters>()('audit.list', ({ entity, action, from, to }) => ({
  entity,
  action,
  from,
  to,
}));
