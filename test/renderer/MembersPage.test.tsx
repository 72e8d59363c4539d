import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { MembersPage } from '../../renderer/src/pages/members/MembersPage';
import { useMembers } from '../../renderer/src/pages/members/useMembers';
import type { Member } from '../../shared/contract/members';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive, memberRow } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useMembers);
afterEach(() => setTransport(undefined));

function renderPage() {
  return renderInApp(<MembersPage />).user;
}

/** A roster the fake archive keeps in memory, with the recycle bin as a flag. */
function rosterArchive(members: Member[]) {
  const deleted = new Set<number>();
  const live = () => members.filter((m) => !deleted.has(m.id));
  const find = (id: number) => members.find((m) => m.id === id)!;
  return fakeArchive({
    'members.list': () => ({ ok: true, value: { items: live(), total: live().length } }),
    'members.delete': ({ id }) => (deleted.add(id), { ok: true, value: find(id) }),
    'members.restore': ({ id }) => (deleted.delete(id), { ok: true, value: find(id) }),
  });
}

describe('member roster page', () => {
  it('says what to do first when the roster is empty, and opens the form for it', async () => {
    fakeArchive();
    const user = renderPage();
    // A clerk with a roster in Excel is told about the import, not only the one-by-one form.
    expect(await screen.findByText(/用上方的“导入”从 Excel 或 CSV 名册一次导入全部委员/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /添加第一位委员/ }));
    expect(await screen.findByText('添加委员', { selector: '.ant-drawer-title' })).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveFocus();
  });

  it('lists members with their labels in Chinese and the phone masked', async () => {
    rosterArchive([
      memberRow({
        id: 1,
        name: '王建国',
        gender: 'male',
        sector: '农业界',
        phone: '13800138000',
        position: 'standing',
        groupRole: 'leader',
      }),
    ]);
    renderPage();
    const row = (await screen.findByText('王建国')).closest('tr') as HTMLElement;
    for (const text of ['男', '农业界', '区/县政协', '常委', '组长', '138****8000', '在任']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(within(row).queryByText('13800138000')).toBeNull();
  });

  it('searches once the clerk pauses typing, not at every keystroke', async () => {
    const archive = fakeArchive();
    renderPage();
    await screen.findByRole('button', { name: /添加第一位委员/ });
    const before = archive.inputsOf('members.list').length;
    // The pause is measured on a fake clock: a busy machine's slow keystrokes cannot pass for pauses.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const box = screen.getByLabelText('搜索委员');
      for (const typed of ['w', 'wj', 'wjg']) {
        fireEvent.change(box, { target: { value: typed } });
        act(() => vi.advanceTimersByTime(100));
      }
      expect(archive.inputsOf('members.list').length).toBe(before);
      act(() => vi.advanceTimersByTime(49));
      expect(archive.inputsOf('members.list').length).toBe(before);
      act(() => vi.advanceTimersByTime(1));
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(archive.inputsOf('members.list').length).toBe(before + 1));
    expect(archive.inputsOf('members.list').at(-1)).toMatchObject({ q: 'wjg', offset: 0 });
    expect(await screen.findByRole('button', { name: '清除筛选' })).toBeInTheDocument();
    expect(archive.inputsOf('members.list').length).toBe(before + 1);
  });

  it('deletes to the recycle bin after confirming, and 撤销 restores', async () => {
    const archive = rosterArchive([memberRow({ id: 3, name: '李红' }), memberRow({ id: 4, name: '赵六' })]);
    const user = renderPage();
    const row = (await screen.findByText('李红')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    expect(await screen.findByText(/删除后移入回收站/)).toBeInTheDocument();
    expect(archive.inputsOf('members.delete')).toEqual([]);
    await user.click(screen.getByRole('button', { name: '移入回收站' }));
    expect(await screen.findByText(/已将“李红”移入回收站/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('李红')).toBeNull());
    expect(archive.inputsOf('members.delete')).toEqual([{ id: 3 }]);

    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复委员“李红”')).toBeInTheDocument();
    expect(archive.inputsOf('members.restore')).toEqual([{ id: 3 }]);
    expect(await screen.findByText('李红')).toBeInTheDocument();
  });
});
