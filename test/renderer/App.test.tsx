import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { setTransport } from '../../renderer/src/api/client';
import { useGroup } from '../../renderer/src/shell/useGroup';
import { useRoute } from '../../renderer/src/shell/useRoute';
import { fakeArchive, groupRow } from './fakeTransport';

afterEach(() => {
  setTransport(undefined);
  useGroup.setState(useGroup.getInitialState());
  window.location.hash = '';
  useRoute.setState(useRoute.getInitialState());
});

const group = groupRow();

describe('app shell', () => {
  it('names the group and its year, opens on the overview and keeps the section in the address', async () => {
    fakeArchive({ 'group.get': () => ({ ok: true, value: group }) });
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('东湖镇政协联络组')).toBeInTheDocument();
    expect(screen.getByText('临江区政协 第三届')).toBeInTheDocument();
    expect(screen.getAllByText('2026年度').length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: '概览' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByText('委员'));
    expect(await screen.findByRole('heading', { name: '委员名册' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/members');
    expect(screen.queryByRole('heading', { name: '概览' })).toBeNull();
  });

  it('shows the app’s title while the group has no name yet', async () => {
    fakeArchive({ 'group.get': () => ({ ok: true, value: { ...group, name: '', parentCommittee: '', term: '' } }) });
    render(<App />);
    expect(await screen.findByRole('heading', { name: '政协联络组履职档案' })).toBeInTheDocument();
  });

  it('asks before a menu click drops a form with unsaved changes, and stays when the clerk keeps editing', async () => {
    fakeArchive({ 'group.get': () => ({ ok: true, value: group }) });
    const user = userEvent.setup();
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByText('委员'));
    await user.click(await screen.findByRole('button', { name: /添加第一位委员/ }));
    await user.type(await screen.findByLabelText('姓名'), '王建国');

    await user.click(within(nav).getByText('提案'));
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续填写' }));
    expect(window.location.hash).toBe('#/members');
    expect(screen.getByLabelText('姓名')).toHaveValue('王建国');

    await user.click(within(nav).getByText('提案'));
    // The first question may still be fading out: answer the one just asked.
    await user.click((await screen.findAllByRole('button', { name: '放弃修改' })).at(-1) as HTMLElement);
    await vi.waitFor(() => expect(window.location.hash).toBe('#/proposals'));
    expect(screen.queryByRole('heading', { name: '委员名册' })).toBeNull();
  });
});
