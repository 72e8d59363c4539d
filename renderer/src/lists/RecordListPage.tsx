import { Fragment, type ReactNode } from 'react';
import { YearSwitch } from '../forms/YearSwitch';
import { hasFilters } from './listFilters';
import { ListEmpty } from './ListEmpty';
import { ListPage } from './ListPage';
import type { RecordList } from './useRecordList';

/** What an empty list says, and the button that adds the first record. */
export interface EmptyWords {
  description: string;
  addLabel: string;
  /** Adds the first record; a new one in the form by default. */
  onAdd?(): void;
}

/** What the form slot is given: whether it shows, the record (or what it starts from), and closing. */
export interface FormSlotProps<S> {
  open: boolean;
  record?: S;
  onClose(): void;
}

interface Props<T, S> {
  page: RecordList<T, S>;
  title: string;
  /** The records, as the clerk calls them in "no matching 提案": the title by default. */
  what?: string;
  /** Whether the working year's switch stands beside the title. */
  yearly?: boolean;
  /** Beside the title, after the year switch. */
  heading?: ReactNode;
  toolbar?: ReactNode;
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

/** A page of records: title and year, toolbar, the list or its empty state, and the record's form. */
export function RecordListPage<T, S>(p: Props<T, S>) {
  const { list, rows, slot, openForm, closeForm, retry } = p.page;
  const what = p.what ?? p.title;
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
  return (
    <ListPage
      title={p.title}
      heading={
        (p.yearly ?? true) || p.heading ? (
          <>
            {(p.yearly ?? true) && <YearSwitch />}
            {p.heading}
          </>
        ) : undefined
      }
      toolbar={p.toolbar}
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
