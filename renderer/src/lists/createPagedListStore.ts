import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input, MethodName, Output } from '../../../shared/api';
import type { Page } from '../../../shared/contract/fields';
import type { ResultError } from '../../../shared/result';
import { call } from '../api/client';
import { filterActions, type FilterActions } from './filterActions';
import type { ListFilters } from './listFilters';
import { listReads } from './listReads';

/** A method of the contract that lists a page at a time. */
type PagedMethod = { [M in MethodName]: Output<M> extends Page<unknown> ? M : never }[MethodName];
type ItemOf<L extends PagedMethod> = Output<L> extends Page<infer T> ? T : never;

export interface PagedListState<L extends PagedMethod, F extends ListFilters> extends FilterActions<F> {
  filters: F;
  page: number;
  pageSize: number;
  items: ItemOf<L>[];
  total: number;
  loading: boolean;
  /** Why the list could not be read, if it could not. */
  loadError: ResultError | null;
  turnPage(page: number, pageSize: number): void;
  load(): Promise<void>;
}

/** What the list method is asked for, besides the search and the page. */
type Query<L extends PagedMethod, F> = (filters: F) => Omit<Input<L>, 'q' | 'limit' | 'offset'>;

/**
 * A store for a list that grows without bound (the roster, the audit log), read a page at a time
 * through `list`; a new search or filter starts again at the first page. Page-only state comes
 * from `extra`.
 */
export const createPagedListStore =
  <F extends ListFilters, X extends object = object>() =>
  <L extends PagedMethod>(
    list: L,
    query: Query<L, F>,
    extra?: (set: (patch: Partial<X>) => void, get: () => PagedListState<L, F> & X) => X,
  ): UseBoundStore<StoreApi<PagedListState<L, F> & X>> =>
    create<PagedListState<L, F> & X>()((set, get) => {
      // The store's own fields and the page's extra ones are set apart; zustand merges them.
      const put = set as (patch: Partial<PagedListState<L, F>> | Partial<X>) => void;
      const reads = listReads();
      return {
        ...(extra?.(put, get) as X),
        filters: { q: '' } as F,
        page: 1,
        pageSize: 50,
        items: [],
        total: 0,
        loading: true,
        loadError: null,

        ...filterActions<F>({
          reads,
          filters: () => get().filters,
          setFilters: (filters) => put({ filters, page: 1 }),
          load: () => get().load(),
        }),
        turnPage(page, pageSize) {
          put({ page, pageSize });
          void get().load();
        },

        async load() {
          const isNewest = reads.start();
          const { filters, page, pageSize } = get();
          put({ loading: true });
          const q = filters.q.trim() || undefined;
          const input = { ...query(filters), q, limit: pageSize, offset: (page - 1) * pageSize } as Input<L>;
          const r = await call<L>(list, input);
          if (!isNewest()) return;
          if (!r.ok) return put({ loading: false, loadError: r.error });
          const { items, total } = r.value as Page<ItemOf<L>>;
          const lastPage = Math.max(1, Math.ceil(total / pageSize));
          // The last row of the last page went to the recycle bin: show the page before it.
          if (page > lastPage) {
            put({ page: lastPage });
            return get().load();
          }
          put({ items, total, loading: false, loadError: null });
        },
      };
    });
