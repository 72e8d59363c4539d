import type { ListFilters } from './listFilters';
import type { ListReads } from './listReads';

export interface FilterActions<F extends ListFilters> {
  /** Typing in the search box: the list follows after a short pause. */
  search(q: string): void;
  filter(patch: Omit<Partial<F>, 'q'>): void;
  clearFilters(): void;
}

interface Options<F extends ListFilters> {
  reads: ListReads;
  filters(): F;
  /** Keeps the new filters (a paged list also goes back to its first page). */
  setFilters(filters: F): void;
  load(): Promise<void>;
}

/** The search box and filter choices above a list. */
export function filterActions<F extends ListFilters>(o: Options<F>): FilterActions<F> {
  return {
    search(q) {
      o.setFilters({ ...o.filters(), q });
      o.reads.afterTyping(() => void o.load());
    },
    filter(patch) {
      o.setFilters({ ...o.filters(), ...patch });
      void o.load();
    },
    clearFilters() {
      o.setFilters({ q: '' } as F);
      void o.load();
    },
  };
}
