import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { ProposalsPage } from '../../renderer/src/pages/proposals/ProposalsPage';
import { useProposals } from '../../renderer/src/pages/proposals/useProposals';
import { useWorkingYear } from '../../renderer/src/forms/workingYear';
import type { Proposal } from '../../shared/contract/proposals';
import { fakeArchive } from './fakeTransport';

beforeEach(() => {
  useProposals.setState(useProposals.getInitialState());
  useWorkingYear.setState({ chosen: 2026 });
});
afterEach(() => {
  setTransport(undefined);
  useWorkingYear.setState(useWorkingYear.getInitialState());
});

const row = (fields: Partial<Proposal> & { id: number; title: string }): Proposal => ({
  year: 2026,
  session: null,
  number: null,
  category: null,
  content: null,
  leadMemberId: null,
  leadMemberName: null,
  cosigners: [],
  submittedOn: null,
  filing: 'accepted',
  mainUnit: null,
  assistUnits: null,
  replyOn: null,
  result: null,
  satisfaction: null,
  notes: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  ...fields,
});

const proposals = [
  row({
    id: 1,
    title: '关于农村饮水安全的建议',
    result: 'A',
    leadMemberName: '王建国',
    leadMemberId: 1,
    submittedOn: '2026-01-10',
  }),
  row({ id: 2, title: '关于停车场建设的建议', result: 'B', cosigners: [{ memberId: 2, name: '李红' }] }),
];

function renderPage() {
  render(
    <ConfigProvider locale={zhCN}>
      <App>
        <ProposalsPage />
      </App>
    </ConfigProvider>,
  );
  return userEvent.setup();
}

describe('proposals page', () => {
  it('lists the year’s proposals with who signed and the date in Chinese', async () => {
    const archive = fakeArchive({ 'proposals.list': () => ({ ok: true, value: { items: proposals, total: 2 } }) });
    renderPage();
    const first = (await screen.findByText('关于农村饮水安全的建议')).closest('tr') as HTMLElement;
    expect(within(first).getByText('王建国 领衔')).toBeInTheDocument();
    expect(within(first).getByText('2026年1月10日')).toBeInTheDocument();
    expect(within(first).getByText('A 已解决或采纳')).toBeInTheDocument();
    const second = screen.getByText('关于停车场建设的建议').closest('tr') as HTMLElement;
    expect(within(second).getByText('联络组集体提案，李红 附议')).toBeInTheDocument();
    expect(archive.inputsOf('proposals.list')[0]).toMatchObject({ year: 2026 });
  });

  it('filters by 立案情况 in the archive and by 办理结果 on screen', async () => {
    const archive = fakeArchive({ 'proposals.list': () => ({ ok: true, value: { items: proposals, total: 2 } }) });
    const user = renderPage();
    await screen.findByText('关于停车场建设的建议');
    await user.click(screen.getByLabelText('立案情况'));
    await user.click(await screen.findByTitle('不立案'));
    await waitFor(() =>
      expect(archive.inputsOf('proposals.list').at(-1)).toMatchObject({ year: 2026, filing: 'not_accepted' }),
    );

    const calls = archive.inputsOf('proposals.list').length;
    await user.click(screen.getByLabelText('办理结果'));
    await user.click(await screen.findByTitle('B 正在解决或列入计划'));
    await waitFor(() => expect(screen.queryByText('关于农村饮水安全的建议')).toBeNull());
    expect(screen.getByText('关于停车场建设的建议')).toBeInTheDocument();
    expect(archive.inputsOf('proposals.list')).toHaveLength(calls);
  });

  it('says what to do first in an empty year', async () => {
    fakeArchive({ 'proposals.list': () => ({ ok: true, value: { items: [], total: 0 } }) });
    renderPage();
    expect(await screen.findByText(/2026年还没有登记提案/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登记第一件提案/ })).toBeInTheDocument();
  });
});
