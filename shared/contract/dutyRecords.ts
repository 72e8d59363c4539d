import { z } from 'zod';
import { id, isoDate, requiredText, text, year } from './fields';
import { listInput } from './lists';
import type { Stamped } from './fields';
import { recordMethods } from './define';

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

export const dutyRecordList = listInput({ year, memberId: id.optional(), itemCode: z.string().max(40).optional() });

export const dutyRecordsContract = recordMethods<DutyRecord>()('duty_record', {
  list: ['一年的履职记录（可按委员、事项筛选）', dutyRecordList],
  get: '读取一条履职记录',
  create: ['登记一条履职记录（事项须属于该年度的履职方案）', dutyRecordFields],
  update: ['修改履职记录', dutyRecordFields.partial()],
});
