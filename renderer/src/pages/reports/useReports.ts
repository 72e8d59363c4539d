import { create } from 'zustand';
import type { OpinionReport } from '../../../../shared/contract/reports';
import type { AdoptionLevel, ReportStatus } from '../../../../shared/enums';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import type { ReportInput } from './reportFormValues';

export interface ReportFilters {
  /** Title, content or endorsement. */
  q: string;
  status?: ReportStatus;
  /** Picked on screen from the year already read: the contract lists by status only. */
  adoptedLevel?: AdoptionLevel;
}

interface ReportsState {
  year: number | null;
  filters: ReportFilters;
  /** The year's reports matching the search and status. */
  items: OpinionReport[];
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<ReportFilters>, 'q'>): void;
  clearFilters(): void;
  load(year?: number): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: ReportInput, before?: { id: number; input: ReportInput }): Promise<Result<OpinionReport>>;
  remove(id: number): Promise<Result<OpinionReport>>;
  restore(id: number): Promise<Result<OpinionReport>>;
}

export const SEARCH_DELAY_MS = 150;
/** Every member reports one or two a year: the whole year is read at once. */
const YEAR_LIMIT = 1000;
const emptyFilters: ReportFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

export const useReports = create<ReportsState>()((set, get) => {
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
      if (!('adoptedLevel' in patch && Object.keys(patch).length === 1)) void get().load();
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
      const r = await call('reports.list', { year, status: filters.status, q: q || undefined, limit: YEAR_LIMIT });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value.items, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    async save(input, before) {
      const r = before
        ? await call('reports.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('reports.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('reports.delete', { id })),
    restore: async (id) => afterChange(await call('reports.restore', { id })),
  };
});

/** The reports the page shows: those read, narrowed to the chosen 采用层级. */
export const withLevel = (items: OpinionReport[], level?: AdoptionLevel) =>
  level ? items.filter((r) => r.adoptedLevel === level) : items;

export const hasFilters = ({ q, ...choices }: ReportFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
