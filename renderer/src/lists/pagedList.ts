import type { Page } from '../../../shared/contract/fields';
import type { Result, ResultError } from '../../../shared/result';
import { filterActions, type FilterActions } from './filterActions';
import type { ListFilters } from './listFilters';
import type { ListReads } from './listReads';

/** What every list read a page at a time holds: its filters, the page shown and how its read went. */
export interface PagedList<T, F extends ListFilters> extends FilterActions<F> {
  filters: F;
  page: number;
  pageSize: number;
  items: T[];
  total: number;
  loading: boolean;
  /** Why the list could not be read, if it could not. */
  loadError: ResultError | null;
  turnPage(page: number, pageSize: number): void;
}

interface Store<T, F extends ListFilters> {
  reads: ListReads;
  get(): PagedList<T, F>;
  put(patch: Partial<PagedList<T, F>>): void;
  /** Reads the page the store is on again. */
  load(): Promise<void>;
}

/** A paged list before its first read, with its search, filters and paging: each starts again at the first page. */
export function pagedListStart<T, F extends ListFilters>(s: Store<T, F>): PagedList<T, F> {
  return {
    filters: { q: '' } as F,
    page: 1,
    pageSize: 50,
    items: [],
    total: 0,
    loading: true,
    loadError: null,

    ...filterActions<F>({
      reads: s.reads,
      filters: () => s.get().filters,
      setFilters: (filters) => s.put({ filters, page: 1 }),
      load: s.load,
    }),
    turnPage(page, pageSize) {
      s.put({ page, pageSize });
      void s.load();
    },
  };
}

/**
 * Reads the page the store is on through `read`, keeping the answer only while it is the newest
 * read; `settled` is put along with the items.
 */
export async function readPage<T, F extends ListFilters>(
  s: Store<T, F>,
  read: (paging: { limit: number; offset: number }) => Promise<Result<Page<T>>>,
  settled?: object,
): Promise<void> {
  const isNewest = s.reads.start();
  const { page, pageSize } = s.get();
  s.put({ loading: true });
  const r = await read({ limit: pageSize, offset: (page - 1) * pageSize });
  if (!isNewest()) return;
  if (!r.ok) return s.put({ loading: false, loadError: r.error });
  const { items, total } = r.value;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  // The last row of the last page went to the recycle bin: show the page before it.
  if (page > lastPage) {
    s.put({ page: lastPage });
    return s.load();
  }
  s.put({ ...settled, items, total, loading: false, loadError: null });
}
