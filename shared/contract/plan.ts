import { z } from 'zod';
import { ActivityStatus, ActivityType, MonthPeriod } from '../enums';
import { requiredText, text, year } from './fields';
import type { Stamped } from './fields';
import { method, query, recordMethods } from './define';

/** An activity that fulfils a plan item (activities.plan_item_id). */
export interface PlanActivity {
  id: number;
  title: string;
  startsOn: string;
  status: ActivityStatus;
}

/** One line of the year's work plan, e.g. "5月中旬 组织委员参加企业家季谈会". */
export interface PlanItem extends Stamped {
  year: number;
  month: number;
  period: MonthPeriod | null;
  title: string;
  activityType: ActivityType | null;
  description: string | null;
  /** Live activities linked to this item, by date. */
  activities: PlanActivity[];
  /** Derived: at least one linked activity has been held. */
  done: boolean;
}

const month = z
  .number({ error: '月份必须是数字' })
  .int('月份必须是整数')
  .min(1, '月份应为 1–12')
  .max(12, '月份应为 1–12');

export const planItemFields = z
  .object({
    year,
    month,
    period: z.enum(MonthPeriod.codes, { error: '旬只能是 上旬、中旬 或 下旬' }).nullish(),
    title: requiredText(120, '计划事项'),
    activityType: z.enum(ActivityType.codes, { error: '请选择有效的活动类型' }).nullish(),
    description: text(2000, '说明').nullish(),
  })
  .strict();

export const planCopyYear = z
  .object({ fromYear: year, toYear: year })
  .strict()
  .refine((c) => c.fromYear !== c.toYear, { message: '复制的来源年度和目标年度不能相同', path: ['toYear'] });

export const planContract = {
  'plan.list': query<PlanItem[]>()('一年的工作计划（按月、旬排列，含已落实的活动）', z.object({ year }).strict()),
  ...recordMethods<PlanItem>()('plan_item', {
    get: '读取一条计划事项',
    create: ['新增计划事项', planItemFields],
    update: ['修改计划事项', planItemFields.partial()],
  }),
  'plan.copyYear': method<PlanItem[]>()('把一年的计划事项复制到另一年（目标年度须尚无计划）', planCopyYear),
};
