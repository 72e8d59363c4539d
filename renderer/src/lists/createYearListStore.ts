import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input } from '../../../shared/api';
import type { Page } from '../../../shared/contract/fields';
import type { Result } from '../../../shared/result';
import { call } from '../api/client';
import type { ListFilters } from './listFilters';
import { listReads } from './listReads';
import { pagedListStart, readPage, type PagedList } from './pagedList';
import { recordWrites, type MethodOf, type RecordAggregate, type RecordOf, type RecordWrites } from './recordWrites';

type ListMethod<A extends string> = MethodOf<A, 'list'>;

/** What `<aggregate>.list` is asked for besides the page: the year, the search and the filters. */
export type YearListQuery<A extends RecordAggregate> = Omit<Input<ListMethod<A>>, 'limit' | 'offset'>;

/**
 * A year list's filters: the search box and some of `<aggregate>.list`'s own fields, which a
 * store made without a `query` sends on as they were chosen.
 */
export type YearListFilters<A extends RecordAggregate, K extends keyof YearListQuery<A>> = ListFilters &
  Pick<YearListQuery<A>, K>;

export interface YearListState<A extends RecordAggregate, F extends ListFilters>
  extends PagedList<RecordOf<A>, F>, RecordWrites<A> {
  /** The year the items are of; null before the first load. */
  year: number | null;
  /**
   * What the page shown was read with, without the paging; a new object after every read, so a
   * view reading alongside the list (the calendar, a count) follows each search, filter and save.
   */
  query: YearListQuery<A> | null;
  /** Reads the page again; another year starts at its first page. */
  load(year?: number): Promise<void>;
}

interface YearListSpec<A extends RecordAggregate, F extends ListFilters> {
  /** What `<aggregate>.list` is asked for, besides the search and the page. */
  query(year: number, filters: F): Omit<Input<ListMethod<A>>, 'q' | 'limit' | 'offset'>;
}

/** The year and the chosen filters as they are, for filters that are `<aggregate>.list`'s own fields. */
const chosenFilters = <A extends RecordAggregate, F extends ListFilters>(): YearListSpec<A, F> => ({
  query: (year, { q: _q, ...chosen }) => ({ year, ...chosen }) as unknown as ReturnType<YearListSpec<A, F>['query']>,
});

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
    spec: YearListSpec<A, F> = chosenFilters(),
    extra?: (set: (patch: Partial<X>) => void) => X,
  ): UseBoundStore<StoreApi<YearListState<A, F> & X>> =>
    create<YearListState<A, F> & X>()((set, get) => {
      // The store's own fields and the page's extra ones are set apart; zustand merges them.
      const put = set as (patch: Partial<YearListState<A, F>> | Partial<X>) => void;
      const load = () => get().load();
      const store = { reads: listReads(), get, put: put as (patch: Partial<PagedList<RecordOf<A>, F>>) => void, load };
      return {
        ...(extra?.(put) as X),
        ...pagedListStart(store),
        year: null,
        query: null,

        async load(year = get().year ?? undefined) {
          if (year === undefined) return;
          if (year !== get().year) put({ year, page: 1 });
          const { filters } = get();
          const query = { ...spec.query(year, filters), q: filters.q.trim() || undefined } as Input<ListMethod<A>>;
          const method = `${aggregate}.list` as ListMethod<A>;
          await readPage(
            store,
            (paging) =>
              call(method, { ...(query as object), ...paging } as typeof query) as Promise<Result<Page<RecordOf<A>>>>,
            { query },
          );
        },

        ...recordWrites(aggregate, load),
      };
    });
