import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Output } from '../../shared/api';
import type { MemberName } from '../../shared/contract/members';
import { save } from '../helpers/formQueries';
import { renderInApp, type User } from '../helpers/renderInApp';
import { fakeArchive, savedStamps } from './fakeTransport';

type FormKind = 'deeds' | 'proposals' | 'opinionReports';
type Saved<K extends FormKind> = Output<`${K}.create`>;

/**
 * The fake archive a record kind's form talks to: `roster` for its member pickers, and `saved`
 * as the answer to the kind's create, update and list.
 */
function recordFormArchive<K extends FormKind>(kind: K, roster: MemberName[], saved: Saved<K>) {
  const answer = (value: unknown) => () => ({ ok: true as const, value: value as never });
  return fakeArchive({
    'members.names': () => ({ ok: true, value: roster }),
    [`${kind}.create`]: answer(saved),
    [`${kind}.update`]: answer(saved),
    [`${kind}.list`]: answer({ items: [saved], total: 1 }),
  });
}

/** Renders a form in the app with a spy for its onClose; the user drives it. */
export function renderFormInApp(form: (onClose: () => void) => ReactElement) {
  const onClose = vi.fn();
  const { user } = renderInApp(form(onClose));
  return { onClose, user };
}

/**
 * What a record kind's form tests share: `row` builds a saved record from `blank` and the fields
 * a test names, `archiveWith` is the archive that answers with one (see recordFormArchive),
 * `renderForm` opens the form, empty or on a record, and `saveNew` tries to save a new one.
 */
export function recordFormKit<K extends FormKind>(
  kind: K,
  roster: MemberName[],
  blank: Omit<Saved<K>, 'id' | 'title' | keyof typeof savedStamps>,
  form: (record: Saved<K> | undefined, onClose: () => void) => ReactElement,
) {
  const row = (fields: Partial<Saved<K>> & { id: number; title: string }) =>
    ({ ...blank, ...savedStamps, ...fields }) as Saved<K>;
  const archiveWith = (saved: Saved<K>) => recordFormArchive(kind, roster, saved);
  const renderForm = (record?: Saved<K>) => renderFormInApp((onClose) => form(record, onClose));
  return {
    row,
    archiveWith,
    renderForm,
    /** Opens the empty form, lets `fill` type into it and presses 保存; the archive, to see what it was sent. */
    async saveNew(fill: (user: User) => Promise<void>) {
      const archive = archiveWith(row({ id: 1, title: 'x' } as Parameters<typeof row>[0]));
      const { user } = renderForm();
      await fill(user);
      await user.click(save());
      return archive;
    },
  };
}
