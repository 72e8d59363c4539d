import type { PlanItem } from '../../../../shared/contract/plan';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';

/** The plan items of a year, for "which plan item this activity fulfils". */
export function usePlanItems(year: number): PlanItem[] {
  return useQuery(() => call('plan.list', { year }), [year]).value ?? [];
}
