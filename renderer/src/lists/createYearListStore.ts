import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input } from '../../../shared/api';
import type { Page } from '../../../shared/contract/fields';
import type { ResultError } from '../../../shared/result';
import { call } from '../api/client';
import { filterActions, type FilterActions } from './filterActions';
import type { ListFilters } from './listFilters';
import { listReads } from './listReads';
import { recordWrites, type MethodOf, type RecordAggregate, type RecordOf, type RecordWrites } from './recordWrites';

type ListMethod<A extends string> = MethodOf<A, 'list'>;

/** What `<aggregate>.list` is asked for besides the page: the year, the search and the filters. */
export type YearListQuery<A extends RecordAggregate> = Omit<Input<ListMethod<A>>, 'limit' | 'offset'>;

export interface YearListState<A extends RecordAggregate, F extends ListFilters>
  extends FilterActions<F>, RecordWrites<A> {
  /** The year the items are of; null before the first load. */
  year: number | null;
  filters: F;
  page: number;
  pageSize: number;
  /** One page of the year's records matching the search and the filters. */
  items: RecordOf<A>[];
  /** How many of the year's records match, on all pages. */
  total: number;
  /**
   * What the page shown was read with, without the paging; a new object after every read, so a
   * view reading alongside the list (the calendar, a count) follows each search, filter and save.
   */
  query: YearListQuery<A> | null;
  loading: boolean;
  /** Why the list could not be read, if it could not. */
  loadError: ResultError | null;
  turnPage(page: number, pageSize: number): void;
  /** Reads the page again; another year starts at its first page. */
  load(year?: number): Promise<void>;
}

interface YearListSpec<A extends RecordAggregate, F extends ListFilters> {
  /** What `<aggregate>.list` is asked for, besides the search and the page. */
  query(year: number, filters: F): Omit<Input<ListMethod<A>>, 'q' | 'limit' | 'offset'>;
}

/**
 * A store for one aggregate's records of a working year, read a page at a time through
 * `<aggregate>.list` (a merged district year holds 10,000 activities), with search, filters
 * (all applied by the archive), save, delete and restore. A new search, filter or year starts at
 * the first page; a change reads the page again, or the one before when its last row went.
 * Page-only state (e.g. a list/calendar switch) comes from `extra`.
 */
export const createYearListStore =
  <F extends ListFilters, X extends object = object>() =>
  <A extends RecordAggregate>(
    aggregate: A,
    spec: YearListSpec<A, F>,
    extra?: (set: (patch: Partial<X>) => void) => X,
  ): UseBoundStore<StoreApi<YearListState<A, F> & X>> =>
    create<YearListState<A, F> & X>()((set, get) => {
      // The store's own fields and the page's extra ones are set apart; zustand merges them.
      const put = set as (patch: Partial<YearListState<A, F>> | Partial<X>) => void;
      const reads = listReads();
      const load = () => get().load();
      return {
        ...(extra?.(put) as X),
        year: null,
        filters: { q: '' } as F,
        page: 1,
        pageSize: 50,
        items: [],
        total: 0,
        query: null,
        loading: true,
        loadError: null,

        ...filterActions<F>({
          reads,
          filters: () => get().filters,
          setFilters: (filters) => put({ filters, page: 1 }),
          load,
        }),
        turnPage(page, pageSize) {
          put({ page, pageSize });
          void load();
        },

        async load(year = get().year ?? undefined) {
          if (year === undefined) return;
          const isNewest = reads.start();
          if (year !== get().year) put({ year, page: 1 });
          const { filters, page, pageSize } = get();
          put({ loading: true });
          const query = { ...spec.query(year, filters), q: filters.q.trim() || undefined } as Input<ListMethod<A>>;
          const input = { ...(query as object), limit: pageSize, offset: (page - 1) * pageSize } as typeof query;
          const r = await call<ListMethod<A>>(`${aggregate}.list` as ListMethod<A>, input);
          if (!isNewest()) return;
          if (!r.ok) return put({ loading: false, loadError: r.error });
          const { items, total } = r.value as Page<RecordOf<A>>;
          const lastPage = Math.max(1, Math.ceil(total / pageSize));
          // The last row of the last page went to the recycle bin: show the page before it.
          if (page > lastPage) {
            put({ page: lastPage });
            return load();
          }
          put({ items, total, query, loading: false, loadError: null });
        },

        ...recordWrites(aggregate, load),
      };
    });
