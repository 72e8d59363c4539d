import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { choose } from './formQueries';
import type { User } from './renderInApp';

/** What a list page test looks up: the table row that shows a text. */
export const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

/** Picks a filter's option and waits until `gone` has left the list: the archive answered the narrower read. */
export async function narrow(user: User, filter: string, option: string, gone: string): Promise<void> {
  await choose(user, filter, option);
  await waitFor(() => expect(screen.queryByText(gone)).toBeNull());
}

/** Seeds the archive, renders the page and waits until `first` is listed; the user, to drive it. */
export async function openSeeded(seed: () => Promise<unknown>, render: () => User, first: string): Promise<User> {
  await seed();
  const user = render();
  await screen.findByText(first);
  return user;
}
