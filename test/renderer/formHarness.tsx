import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Output } from '../../shared/api';
import type { MemberName } from '../../shared/contract/members';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';

type FormKind = 'deeds' | 'proposals' | 'opinionReports';

/**
 * The fake archive a record kind's form talks to: `roster` for its member pickers, and `saved`
 * as the answer to the kind's create, update and list.
 */
export function recordFormArchive<K extends FormKind>(kind: K, roster: MemberName[], saved: Output<`${K}.create`>) {
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
