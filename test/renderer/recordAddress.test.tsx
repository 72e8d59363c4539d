import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { setTransport } from '../../renderer/src/api/client';
import { routeFromHash } from '../../renderer/src/shell/routeHash';
import { useGroup } from '../../renderer/src/shell/useGroup';
import { useRoute } from '../../renderer/src/shell/useRoute';
import { fakeArchive, memberRow } from './fakeTransport';

afterEach(() => {
  setTransport(undefined);
  useGroup.setState(useGroup.getInitialState());
  window.location.hash = '';
  useRoute.setState(useRoute.getInitialState());
});

const zeng = memberRow({ id: 12, name: '曾伟', nameInitials: 'zw' });

/** The app as opened (or reloaded) at this address. */
function openAt(hash: string) {
  window.history.replaceState(null, '', hash);
  useRoute.setState(routeFromHash(window.location.hash));
  const archive = fakeArchive({
    'members.list': () => ({ ok: true, value: { items: [zeng], total: 1 } }),
    'members.get': ({ id }) =>
      id === 12
        ? { ok: true, value: zeng }
        : { ok: false, error: { code: 'NOT_FOUND', message: `找不到编号为 ${id} 的委员，它可能已被删除。` } },
  });
  const user = userEvent.setup();
  render(<App />);
  return { archive, user };
}

/** What back and forward do: the hash changes, then the app hears of it. */
const historyTo = (hash: string) =>
  act(() => {
    window.location.hash = hash;
  });

describe('every record has its own address', { timeout: 90_000 }, () => {
  it('opens the record an address names, and closing it goes back to the section', async () => {
    const { archive, user } = openAt('#/members/12');
    expect(await screen.findByText('编辑委员：曾伟')).toBeInTheDocument();
    expect(archive.inputsOf('members.get')).toEqual([{ id: 12 }]);

    await user.click(screen.getByRole('button', { name: /取\s*消/ }));
    expect(window.location.hash).toBe('#/members');
    await vi.waitFor(() => expect(screen.queryByText('编辑委员：曾伟')).not.toBeVisible());

    // Back reopens it; forward (to the section) closes it again.
    await historyTo('#/members/12');
    await vi.waitFor(() => expect(screen.getByText('编辑委员：曾伟')).toBeVisible());
    await historyTo('#/members');
    await vi.waitFor(() => expect(screen.queryByText('编辑委员：曾伟')).not.toBeVisible());
  });

  it('puts a record opened from its list into the address', async () => {
    const { archive, user } = openAt('#/members');
    await user.click(await screen.findByText('曾伟'));
    expect(await screen.findByText('编辑委员：曾伟')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/members/12');
    // The row already holds the record: nothing is read again.
    expect(archive.inputsOf('members.get')).toEqual([]);
  });

  it('says in Chinese when the record is gone, and falls back to the section', async () => {
    openAt('#/members/99');
    expect(await screen.findByText('找不到编号为 99 的委员，它可能已被删除。')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/members');
    expect(await screen.findByRole('heading', { name: '委员名册' })).toBeInTheDocument();
  });

  it('asks before back drops unsaved changes, and keeps the record open when the clerk keeps editing', async () => {
    const { user } = openAt('#/members/12');
    const name = await screen.findByLabelText('姓名');
    await user.clear(name);
    await user.type(name, '曾小伟');

    await historyTo('#/members');
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续填写' }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/members/12'));
    expect(screen.getByLabelText('姓名')).toHaveValue('曾小伟');
  });
});
