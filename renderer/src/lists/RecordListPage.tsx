import { Fragment, type ReactNode } from 'react';
import { YearSwitch } from '../forms/YearSwitch';
import { AddButton } from './AddButton';
import type { FilterActions } from './filterActions';
import { hasFilters, type ListFilters } from './listFilters';
import { ListEmpty } from './ListEmpty';
import { ListPage } from './ListPage';
import { ListToolbar, type FilterChoice } from './ListToolbar';
import type { RecordList } from './useRecordList';

/** What an empty list says, and the button that adds the first record. */
export interface EmptyWords {
  description: string;
  addLabel: string;
  /** Adds the first record; a new one in the form by default. */
  onAdd?(): void;
}

/** The row above the list: the search box (搜索提案), the filter choices, the page's own tools, the add button. */
export interface ToolbarSpec<F> {
  /** What the search matches, e.g. 案由、编号、内容或承办单位. */
  placeholder: string;
  searchWidth?: number;
  choices?: FilterChoice<F>[];
  /** After the choices: the page's own filters and buttons. */
  tools?: ReactNode;
  /** The add button's label; it opens the form on a new record unless `onAdd` says otherwise. */
  add: string;
  onAdd?(): void;
  /** Under the row, e.g. what the year still lacks. */
  after?: ReactNode;
}

/** What the form slot is given: whether it shows, the record (or what it starts from), and closing. */
export interface FormSlotProps<S> {
  open: boolean;
  record?: S;
  onClose(): void;
}

interface Props<T extends { id: number }, F extends ListFilters, S> {
  page: RecordList<T, F, S>;
  /** The page's title: what the records are called by default. */
  title?: string;
  /** Whether the working year's switch stands beside the title. */
  yearly?: boolean;
  /** Beside the title, after the year switch. */
  heading?: ReactNode;
  toolbar?: ToolbarSpec<F> | ReactNode;
  /** What an empty list shows: words for the usual empty state, or a page's own; none: the list itself. */
  empty?: EmptyWords | ReactNode;
  /** The table (or calendar) of the records. */
  list: ReactNode;
  /** The add/edit form, mounted once first opened and afresh each time. */
  form(slot: FormSlotProps<S>): ReactNode;
  /** Further dialogs of the page. */
  children?: ReactNode;
}

const isWords = (e: unknown): e is EmptyWords => typeof e === 'object' && e !== null && 'addLabel' in e;
const isSpec = <F,>(t: unknown): t is ToolbarSpec<F> => typeof t === 'object' && t !== null && 'placeholder' in t;

/** A page of records: title and year, toolbar, the list or its empty state, and the record's form. */
export function RecordListPage<T extends { id: number }, F extends ListFilters, S>(p: Props<T, F, S>) {
  const { list, what, rows, slot, openForm, closeForm, retry } = p.page;
  const yearly = p.yearly ?? true;
  const empty =
    rows.total === 0 &&
    !list.loading &&
    (isWords(p.empty) ? (
      <ListEmpty
        what={what}
        filtered={list.filters ? hasFilters(list.filters) : false}
        onClearFilters={() => list.clearFilters?.()}
        description={p.empty.description}
        addLabel={p.empty.addLabel}
        onAdd={p.empty.onAdd ?? (() => openForm())}
      />
    ) : (
      p.empty
    ));
  const t = p.toolbar;
  const toolbar = isSpec<F>(t) ? (
    <>
      <ListToolbar
        list={list as FilterActions<F> & { filters: F }}
        searchLabel={`搜索${what}`}
        placeholder={t.placeholder}
        searchWidth={t.searchWidth}
        choices={t.choices}
      >
        {t.tools}
        <AddButton onClick={t.onAdd ?? (() => openForm())}>{t.add}</AddButton>
      </ListToolbar>
      {t.after}
    </>
  ) : (
    t
  );
  return (
    <ListPage
      title={p.title ?? what}
      heading={
        yearly || p.heading ? (
          <>
            {yearly && <YearSwitch />}
            {p.heading}
          </>
        ) : undefined
      }
      toolbar={toolbar}
      loadError={list.loadError}
      onRetry={retry}
      empty={empty}
      list={p.list}
    >
      {slot.key > 0 && (
        <Fragment key={slot.key}>{p.form({ open: slot.open, record: slot.record, onClose: closeForm })}</Fragment>
      )}
      {p.children}
    </ListPage>
  );
}
