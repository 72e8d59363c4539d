import { create } from 'zustand';
import type { PlanItem } from '../../../../shared/contract/plan';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { storeRead, type ReadState } from '../../api/storeRead';
import { recordWrites, type RecordWrites } from '../../lists/recordWrites';

interface PlanState extends RecordWrites<'plan'>, ReadState {
  /** The year the items are of; null before the first load. */
  year: number | null;
  items: PlanItem[];
  load(year: number): Promise<void>;
  copyYear(fromYear: number, toYear: number): Promise<Result<PlanItem[]>>;
}

/** The year's work plan (年度工作计划), item by item. */
export const usePlan = create<PlanState>()((set, get) => {
  // Only the newest read may fill the table (switching years quickly).
  const read = storeRead<PlanState>(set);
  const reload = async () => {
    const { year } = get();
    if (year !== null) await get().load(year);
  };

  return {
    year: null,
    items: [],
    loading: true,
    loadError: null,

    load(year) {
      set({ year });
      return read(
        () => call('plan.list', { year }),
        (items) => ({ items }),
        { items: [] },
      );
    },

    ...recordWrites('plan', reload),
    async copyYear(fromYear, toYear) {
      const r = await call('plan.copyYear', { fromYear, toYear });
      if (r.ok) await reload();
      return r;
    },
  };
});
