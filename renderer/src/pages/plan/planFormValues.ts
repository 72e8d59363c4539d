import type { Input } from '../../../../shared/api';
import type { PlanItem } from '../../../../shared/contract/plan';
import type { ActivityType, MonthPeriod } from '../../../../shared/enums';

/** 旬 not yet decided: the radio's value for a plan item of the whole month. */
export const WHOLE_MONTH = 'whole';

/** What the plan item form holds. */
export interface PlanFormValues {
  month: number;
  period: MonthPeriod | typeof WHOLE_MONTH;
  title?: string;
  activityType?: ActivityType;
  description?: string;
}

export type PlanInput = Input<'plan.create'>;

export const newPlanValues = (month: number): PlanFormValues => ({ month, period: WHOLE_MONTH });

export function planItemToValues(p: PlanItem): PlanFormValues {
  return {
    month: p.month,
    period: p.period ?? WHOLE_MONTH,
    title: p.title,
    activityType: p.activityType ?? undefined,
    description: p.description ?? '',
  };
}

/** The form as the contract's input for the year: texts trimmed, blanks as null. */
export function planValuesToInput(year: number, v: PlanFormValues): PlanInput {
  const description = (v.description ?? '').trim();
  return {
    year,
    month: v.month,
    period: v.period === WHOLE_MONTH ? null : v.period,
    title: (v.title ?? '').trim(),
    activityType: v.activityType ?? null,
    description: description === '' ? null : description,
  };
}
