import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input, MethodName, Output } from '../../../shared/api';
import type { Page } from '../../../shared/contract/fields';
import type { Result } from '../../../shared/result';
import { call } from '../api/client';
import type { ListFilters } from './listFilters';
import { listReads } from './listReads';
import { pagedListStart, readPage, type PagedList } from './pagedList';

/** A method of the contract that lists a page at a time. */
type PagedMethod = { [M in MethodName]: Output<M> extends Page<unknown> ? M : never }[MethodName];
type ItemOf<L extends PagedMethod> = Output<L> extends Page<infer T> ? T : never;

export interface PagedListState<L extends PagedMethod, F extends ListFilters> extends PagedList<ItemOf<L>, F> {
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
      const store = {
        reads: listReads(),
        get,
        put: put as (patch: Partial<PagedList<ItemOf<L>, F>>) => void,
        load: () => get().load(),
      };
      return {
        ...(extra?.(put, get) as X),
        ...pagedListStart(store),

        async load() {
          const { filters } = get();
          const q = filters.q.trim() || undefined;
          await readPage(
            store,
            (paging) =>
              call<L>(list, { ...query(filters), q, ...paging } as Input<L>) as Promise<Result<Page<ItemOf<L>>>>,
          );
        },
      };
    });
