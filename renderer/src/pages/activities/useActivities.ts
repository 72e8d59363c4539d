import { create } from 'zustand';
import type { Activity } from '../../../../shared/contract/activities';
import type { ActivityStatus, ActivityType } from '../../../../shared/enums';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { quarterOfMonth, type Quarter } from '../../format/chineseDates';

export interface ActivityFilters {
  /** Title, place or content. */
  q: string;
  type?: ActivityType;
  status?: ActivityStatus;
  quarter?: Quarter;
}

export type ActivityView = 'list' | 'calendar';

interface ActivitiesState {
  year: number | null;
  filters: ActivityFilters;
  view: ActivityView;
  /** The year's activities that match type, status and search (the quarter is picked from these). */
  items: Activity[];
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<ActivityFilters>, 'q'>): void;
  clearFilters(): void;
  show(view: ActivityView): void;
  load(year?: number): Promise<void>;
  remove(id: number): Promise<Result<Activity>>;
  restore(id: number): Promise<Result<Activity>>;
}

export const SEARCH_DELAY_MS = 150;
/** A group holds 10–40 activities a year: the whole year is read at once, for list and calendar. */
const YEAR_LIMIT = 1000;
const emptyFilters: ActivityFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

export const useActivities = create<ActivitiesState>()((set, get) => {
  async function afterChange<T>(r: Result<T>): Promise<Result<T>> {
    if (r.ok) await get().load();
    return r;
  }

  return {
    year: null,
    filters: emptyFilters,
    view: 'list',
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
      // The quarter is picked on screen from the year already read.
      if (!('quarter' in patch && Object.keys(patch).length === 1)) void get().load();
    },
    clearFilters() {
      set({ filters: emptyFilters });
      void get().load();
    },
    show: (view) => set({ view }),

    async load(year = get().year ?? undefined) {
      if (year === undefined) return;
      clearTimeout(searchTimer);
      const seq = ++requestSeq;
      const { filters } = get();
      set({ year, loading: true });
      const q = filters.q.trim();
      const r = await call('activities.list', {
        year,
        type: filters.type,
        status: filters.status,
        q: q || undefined,
        orderBy: 'dateDesc',
        limit: YEAR_LIMIT,
      });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value.items, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    remove: async (id) => afterChange(await call('activities.delete', { id })),
    restore: async (id) => afterChange(await call('activities.restore', { id })),
  };
});

/** The activities the page shows: the year's, narrowed to the chosen quarter. */
export const inQuarter = (items: Activity[], quarter?: Quarter) =>
  quarter ? items.filter((a) => quarterOfMonth(Number(a.startsOn.slice(5, 7))) === quarter) : items;

export const hasFilters = ({ q, ...choices }: ActivityFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
