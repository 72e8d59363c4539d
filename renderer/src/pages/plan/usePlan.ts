import { create } from 'zustand';
import type { PlanItem } from '../../../../shared/contract/plan';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import type { PlanInput } from './planFormValues';

interface PlanState {
  /** The year the items are of; null before the first load. */
  year: number | null;
  items: PlanItem[];
  loading: boolean;
  /** Why the plan could not be read, if it could not. */
  loadError: ResultError | null;
  load(year: number): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: PlanInput, before?: { id: number; input: PlanInput }): Promise<Result<PlanItem>>;
  remove(id: number): Promise<Result<PlanItem>>;
  restore(id: number): Promise<Result<PlanItem>>;
  copyYear(fromYear: number, toYear: number): Promise<Result<PlanItem[]>>;
}

/** Only the newest request may fill the table (switching years quickly). */
let requestSeq = 0;

/** The year's work plan (年度工作计划), item by item. */
export const usePlan = create<PlanState>()((set, get) => {
  async function afterChange<T>(r: Result<T>): Promise<Result<T>> {
    const { year } = get();
    if (r.ok && year !== null) await get().load(year);
    return r;
  }

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

    async save(input, before) {
      const r = before
        ? await call('plan.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('plan.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('plan.delete', { id })),
    restore: async (id) => afterChange(await call('plan.restore', { id })),
    copyYear: async (fromYear, toYear) => afterChange(await call('plan.copyYear', { fromYear, toYear })),
  };
});
