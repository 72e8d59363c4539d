import { create } from 'zustand';
import type { Deed } from '../../../../shared/contract/deeds';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import type { DeedInput } from './deedFormValues';

export interface DeedFilters {
  /** Title, content or source. */
  q: string;
  memberId?: number;
}

interface DeedsState {
  year: number | null;
  filters: DeedFilters;
  /** The year's deeds matching the search and member. */
  items: Deed[];
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<DeedFilters>, 'q'>): void;
  clearFilters(): void;
  load(year?: number): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: DeedInput, before?: { id: number; input: DeedInput }): Promise<Result<Deed>>;
  remove(id: number): Promise<Result<Deed>>;
  restore(id: number): Promise<Result<Deed>>;
}

export const SEARCH_DELAY_MS = 150;
/** A handful of deeds a year: the whole year is read at once. */
const YEAR_LIMIT = 1000;
const emptyFilters: DeedFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

export const useDeeds = create<DeedsState>()((set, get) => {
  async function afterChange<T>(r: Result<T>): Promise<Result<T>> {
    if (r.ok) await get().load();
    return r;
  }

  return {
    year: null,
    filters: emptyFilters,
    items: [],
    loading: true,
    loadError: null,

    search(q) {
      set({ filters: { ...get().filters, q } });
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void get().load(), SEARCH_DELAY_MS);
    },
    filter(patch) {
      set({ filters: { ...get().filters, ...patch } });
      void get().load();
    },
    clearFilters() {
      set({ filters: emptyFilters });
      void get().load();
    },

    async load(year = get().year ?? undefined) {
      if (year === undefined) return;
      clearTimeout(searchTimer);
      const seq = ++requestSeq;
      const { filters } = get();
      set({ year, loading: true });
      const q = filters.q.trim();
      const r = await call('deeds.list', { year, memberId: filters.memberId, q: q || undefined, limit: YEAR_LIMIT });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value.items, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    async save(input, before) {
      const r = before
        ? await call('deeds.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('deeds.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('deeds.delete', { id })),
    restore: async (id) => afterChange(await call('deeds.restore', { id })),
  };
});

export const hasFilters = ({ q, ...choices }: DeedFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
