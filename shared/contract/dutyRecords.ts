import { z } from 'zod';
import { binScope, byId, id, isoDate, paging, requiredText, text, year } from './fields';
import type { Page, Stamped } from './fields';
import { method, query } from './define';

/** One piece of evidence that a member did one item of the year's duty scheme, recorded by hand. */
export interface DutyRecord extends Stamped {
  memberId: number;
  /** For display, kept even when the member is later put in the recycle bin. */
  memberName: string;
  year: number;
  /** An item code of the scheme that applies to `year`. */
  itemCode: string;
  /** That item's label in the year's scheme, e.g. 一次工作调研. */
  itemLabel: string | null;
  doneOn: string | null;
  description: string;
  evidence: string | null;
}

export const dutyRecordFields = z
  .object({
    memberId: id,
    year,
    itemCode: z.string({ error: '请选择履职事项' }).min(1, '请选择履职事项').max(40, '履职事项代码过长'),
    doneOn: isoDate.nullish(),
    description: requiredText(2000, '履职内容'),
    evidence: text(2000, '佐证材料').nullish(),
  })
  .strict();

export const dutyRecordList = z
  .object({ year, memberId: id.optional(), itemCode: z.string().max(40).optional(), scope: binScope, ...paging })
  .strict();

export const dutyRecordsContract = {
  'dutyRecords.list': query<Page<DutyRecord>>()('一年的履职记录（可按委员、事项筛选）', dutyRecordList),
  'dutyRecords.get': query<DutyRecord>()('读取一条履职记录', byId),
  'dutyRecords.create': method<DutyRecord>()('登记一条履职记录（事项须属于该年度的履职方案）', dutyRecordFields),
  'dutyRecords.update': method<DutyRecord>()(
    '修改履职记录',
    z.object({ id, patch: dutyRecordFields.partial() }).strict(),
  ),
  'dutyRecords.delete': method<DutyRecord>()('删除履职记录（移入回收站）', byId),
  'dutyRecords.restore': method<DutyRecord>()('从回收站恢复履职记录', byId),
};
