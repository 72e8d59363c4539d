import { create } from 'zustand';
import type { PlanItem } from '../../../../shared/contract/plan';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { recordWrites, type RecordWrites } from '../../lists/recordWrites';

interface PlanState extends RecordWrites<'plan'> {
  /** The year the items are of; null before the first load. */
  year: number | null;
  items: PlanItem[];
  loading: boolean;
  /** Why the plan could not be read, if it could not. */
  loadError: ResultError | null;
  load(year: number): Promise<void>;
  copyYear(fromYear: number, toYear: number): Promise<Result<PlanItem[]>>;
}

/** Only the newest request may fill the table (switching years quickly). */
let requestSeq = 0;

/** The year's work plan (年度工作计划), item by item. */
export const usePlan = create<PlanState>()((set, get) => {
  const reload = async () => {
    const { year } = get();
    if (year !== null) await get().load(year);
  };

  return {
    year: null,
    items: [],
    loading: true,
    loadError: null,

    async load(year) {
      const seq = ++requestSeq;
      set({ year, loading: true });
      const r = await call('plan.list', { year });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value, loading: false, loadError: null });
      else set({ items: [], loading: false, loadError: r.error });
    },

    ...recordWrites('plan', reload),
    async copyYear(fromYear, toYear) {
      const r = await call('plan.copyYear', { fromYear, toYear });
      if (r.ok) await reload();
      return r;
    },
  };
});
