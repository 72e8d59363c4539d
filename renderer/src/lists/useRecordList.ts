import { useEffect } from 'react';
import type { Result, ResultError } from '../../../shared/result';
import { useDeleteWithUndo } from '../forms/useDeleteWithUndo';
import { useFormSlot } from '../forms/useFormSlot';
import type { RecordSection } from '../shell/routeHash';
import { useRecordAddress } from '../shell/useRecordAddress';
import type { FilterActions } from './filterActions';
import type { ListFilters } from './listFilters';
import { recordPages } from './recordPages';
import type { RecordRows } from './RecordTable';

/** What a page of records reads from its list store (a year's, the roster's or the plan's). */
interface ListState<T, F extends ListFilters = ListFilters> {
  items: T[];
  /** How many match on all pages; a list read whole has none. */
  total?: number;
  page?: number;
  pageSize?: number;
  loading: boolean;
  loadError: ResultError | null;
  filters?: F;
  search?: FilterActions<F>['search'];
  filter?: FilterActions<F>['filter'];
  load(year?: number): Promise<void>;
  turnPage?(page: number, pageSize: number): void;
  clearFilters?(): void;
  remove?(id: number): Promise<Result<unknown>>;
  restore?(id: number): Promise<Result<unknown>>;
}

interface Options<T, S> {
  /** The working year the list shows; none for the roster. */
  year?: number;
  /** The record's own name in the delete messages; its title by default. */
  name?(record: T): string;
  /** What the form opens with to edit a record: the record itself by default. */
  toSlot?(record: T): S;
}

const titleOf = (record: object) => (record as { title?: string }).title ?? '';

/**
 * The parts every page of records shares: it reads its list (again for another year), opens a
 * record's form by its address, and deletes a row to the recycle bin with 撤销.
 */
export function useRecordList<T extends { id: number }, F extends ListFilters, S = T>(
  list: ListState<T, F>,
  section: RecordSection,
  o: Options<T, S> = {},
) {
  const { what, kind, read } = recordPages[section];
  const { slot, openForm, closeForm } = useFormSlot<S>();
  const deleteWithUndo = useDeleteWithUndo();
  const record = useRecordAddress<T>({
    section,
    read: read as (id: number) => Promise<Result<T>>,
    show: (r) => openForm(o.toSlot ? o.toSlot(r) : (r as unknown as S)),
    hide: closeForm,
  });
  const { load } = list;
  const { year } = o;
  useEffect(() => {
    void load(year);
  }, [load, year]);

  const onDelete = (r: T) =>
    void deleteWithUndo({
      what,
      name: o.name ? o.name(r) : titleOf(r),
      key: `${kind}-deleted-${r.id}`,
      remove: () => list.remove!(r.id),
      restore: () => list.restore!(r.id),
    });
  const rows: RecordRows<T> = {
    items: list.items,
    total: list.total ?? list.items.length,
    page: list.page ?? 1,
    pageSize: list.pageSize ?? list.items.length,
    loading: list.loading,
    onPage: (page, pageSize) => list.turnPage?.(page, pageSize),
    onEdit: record.open,
    onDelete,
  };
  return {
    list,
    what,
    rows,
    slot,
    /** Opens the form, on a new record when none is given (without an address until saved). */
    openForm,
    closeForm: record.close,
    retry: () => void load(year),
  };
}

export type RecordList<T extends { id: number }, F extends ListFilters, S> = ReturnType<typeof useRecordList<T, F, S>>;
