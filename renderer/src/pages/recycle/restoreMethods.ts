import type { MethodName } from '../../../../shared/api';
import type { RecycleEntity } from '../../../../shared/contract/recycle';

/** Each kind of deleted row comes back through its own aggregate's `.restore`. */
export const restoreMethods = {
  member: 'members.restore',
  activity: 'activities.restore',
  plan_item: 'plan.restore',
  duty_record: 'dutyRecords.restore',
  duty_scheme: 'schemes.restore',
  proposal: 'proposals.restore',
  opinion_report: 'reports.restore',
  deed: 'deeds.restore',
  document: 'documents.restore',
  attachment: 'attachments.restore',
} as const satisfies Record<RecycleEntity, MethodName>;
