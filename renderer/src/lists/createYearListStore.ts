import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input } from '../../../shared/api';
import type { Page } from '../../../shared/contract/fields';
import type { ResultError } from '../../../shared/result';
import { call } from '../api/client';
import { filterActions, type FilterActions } from './filterActions';
import type { ListFilters } from './listFilters';
import { listReads } from './listReads';
import { recordWrites, type MethodOf, type RecordAggregate, type RecordOf, type RecordWrites } from './recordWrites';

/** A group's year holds at most some dozens of each record: the whole year is read at once. */
const YEAR_LIMIT = 1000;

type ListMethod<A extends string> = MethodOf<A, 'list'>;

export interface YearListState<A extends RecordAggregate, F extends ListFilters>
  extends FilterActions<F>, RecordWrites<A> {
  /** The year the items are of; null before the first load. */
  year: number | null;
  filters: F;
  /** The year's records matching the search and the filters the archive applies. */
  items: RecordOf<A>[];
  loading: boolean;
  /** Why the list could not be read, if it could not. */
  loadError: ResultError | null;
  /** Reads the year (by default the one shown) again. */
  load(year?: number): Promise<void>;
}

interface YearListSpec<A extends RecordAggregate, F extends ListFilters> {
  /** What `<aggregate>.list` is asked for, besides the search and the limit. */
  query(year: number, filters: F): Omit<Input<ListMethod<A>>, 'q' | 'limit'>;
  /** Filters picked on screen from the year already read (the contract does not list by them). */
  onScreen?: readonly Exclude<keyof F, 'q'>[];
}

/**
 * A store for one aggregate's records of a working year, read whole through `<aggregate>.list`,
 * with search, filters, save, delete and restore; every change reads the year again. Page-only
 * state (e.g. a list/calendar switch) comes from `extra`.
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
        items: [],
        loading: true,
        loadError: null,

        ...filterActions<F>({
          reads,
          filters: () => get().filters,
          setFilters: (filters) => put({ filters }),
          load,
          onScreen: spec.onScreen,
        }),

        async load(year = get().year ?? undefined) {
          if (year === undefined) return;
          const isNewest = reads.start();
          const { filters } = get();
          put({ year, loading: true });
          const q = filters.q.trim() || undefined;
          const input = { ...spec.query(year, filters), q, limit: YEAR_LIMIT } as Input<ListMethod<A>>;
          const r = await call<ListMethod<A>>(`${aggregate}.list` as ListMethod<A>, input);
          if (!isNewest()) return;
          if (r.ok) put({ items: (r.value as Page<RecordOf<A>>).items, loading: false, loadError: null });
          else put({ loading: false, loadError: r.error });
        },

        ...recordWrites(aggregate, load),
      };
    });
