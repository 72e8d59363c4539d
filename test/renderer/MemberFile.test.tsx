import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { MemberFilePage } from '../../renderer/src/pages/memberFile/MemberFilePage';
import { openMemberFile, useMemberFile } from '../../renderer/src/pages/memberFile/useMemberFile';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { MemberDutyFile } from '../../shared/contract/memberFile';
import { renderInApp } from '../helpers/renderInApp';
import { fileMatrixOf } from './dutyFixtures';
import { fakeArchive, memberRow } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(2026, useMemberFile);
afterEach(() => setTransport(undefined));

function renderPage() {
  return renderInApp(<MemberFilePage />).user;
}

const member = memberRow({ id: 5, name: '王建国', sector: '农业界', phone: '13800138000', birthDate: '1970-05' });

function fileOf(year: number): MemberDutyFile {
  const matrix = fileMatrixOf(year, [
    {
      id: 5,
      name: '王建国',
      evidence: { research: [{ kind: 'activity', id: 1, title: '人居环境整治调研', date: `${year}-05-08` }] },
    },
  ]);
  return {
    year,
    member,
    scheme: matrix.scheme,
    duty: matrix.rows[0],
    activities: [
      {
        id: 1,
        type: 'research',
        title: '人居环境整治调研',
        startsOn: `${year}-05-08`,
        place: '河东村',
        attendance: 'present',
        leaveReason: null,
        role: '执笔调研报告',
      },
      {
        id: 2,
        type: 'study',
        title: '学习全会精神',
        startsOn: `${year}-03-20`,
        place: '镇政府会议室',
        attendance: 'excused',
        leaveReason: '外出参加县人大培训',
        role: null,
      },
      {
        id: 3,
        type: 'meeting',
        title: '半年情况通报会',
        startsOn: `${year}-06-28`,
        place: null,
        attendance: 'absent',
        leaveReason: null,
        role: null,
      },
    ],
    proposals: [
      {
        id: 9,
        title: '关于完善农村养老服务的建议',
        number: '12',
        submittedOn: `${year}-01-10`,
        role: 'cosigner',
        filing: 'accepted',
        result: 'B',
        satisfaction: null,
      },
    ],
    opinionReports: [],
    deeds: [],
    dutyRecords: [],
    summary: null,
  };
}

describe('member duty file', () => {
  it('opens from the roster on the member’s file', () => {
    openMemberFile(5);
    expect(useMemberFile.getState().memberId).toBe(5);
    expect(useRoute.getState().section).toBe('memberFile');
  });

  it('shows the member’s year: attendance with the leave reason, proposals as co-signer, the phone masked', async () => {
    const archive = fakeArchive({
      'members.names': () => ({ ok: true, value: [member] }),
      'members.dutyFile': ({ year }) => ({ ok: true, value: fileOf(year) }),
    });
    useMemberFile.setState({ memberId: 5 });
    renderPage();

    const attended = await screen.findByRole('region', { name: '参加活动' });
    expect(attended).toHaveTextContent('出席 1 次，请假 1 次，缺席 1 次');
    const leave = within(attended).getByText('学习全会精神').closest('tr') as HTMLElement;
    expect(within(leave).getByText('请假')).toBeInTheDocument();
    expect(within(leave).getByText('外出参加县人大培训')).toBeInTheDocument();
    expect(within(leave).getByText('2026年3月20日')).toBeInTheDocument();
    const absent = within(attended).getByText('半年情况通报会').closest('tr') as HTMLElement;
    expect(within(absent).getByText('缺席')).toBeInTheDocument();

    const proposal = within(screen.getByRole('region', { name: '提案' })).getByText('关于完善农村养老服务的建议');
    expect(within(proposal.closest('tr') as HTMLElement).getByText('联名')).toBeInTheDocument();

    expect(screen.getByText('138****8000')).toBeInTheDocument();
    expect(screen.queryByText('13800138000')).toBeNull();
    expect(screen.getByText('1970年5月')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '社情民意信息' })).toHaveTextContent(
      '本年度该委员没有报送社情民意信息。',
    );
    expect(archive.inputsOf('members.dutyFile')).toEqual([{ memberId: 5, year: 2026 }]);
  });

  it('reads the file again for another year', async () => {
    const archive = fakeArchive({
      'members.names': () => ({ ok: true, value: [member] }),
      'members.dutyFile': ({ year }) => ({ ok: true, value: fileOf(year) }),
    });
    useMemberFile.setState({ memberId: 5 });
    const user = renderPage();
    await screen.findByText('2026年3月20日');
    await user.click(screen.getByRole('button', { name: '上一年' }));
    expect(await screen.findByText('2025年3月20日')).toBeInTheDocument();
    expect(archive.inputsOf('members.dutyFile')).toEqual([
      { memberId: 5, year: 2026 },
      { memberId: 5, year: 2025 },
    ]);
  });

  it('asks for a member when none is chosen', async () => {
    fakeArchive();
    renderPage();
    expect(await screen.findByText(/请选择一位委员/)).toBeInTheDocument();
  });
});
