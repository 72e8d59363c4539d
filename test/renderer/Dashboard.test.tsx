import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { DashboardPage } from '../../renderer/src/pages/dashboard/DashboardPage';
import { useDashboard } from '../../renderer/src/pages/dashboard/useDashboard';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { Member } from '../../shared/contract/members';
import type { Quarter, YearStats } from '../../shared/contract/stats';
import { ActivityType } from '../../shared/enums';
import { renderInApp } from '../helpers/renderInApp';
import { matrixOf } from './dutyFixtures';
import { fakeArchive, memberRow } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(2026, useDashboard);
afterEach(() => {
  setTransport(undefined);
  vi.useRealTimers();
});

function renderPage() {
  return renderInApp(<DashboardPage />).user;
}

/** stats.year's answer with the held activities per quarter and the collective count given. */
function statsOf(heldByQuarter: number[], collective: number, extra: Partial<YearStats> = {}): YearStats {
  const quarters = [1, 2, 3, 4] as Quarter[];
  const held = heldByQuarter.reduce((a, b) => a + b, 0);
  return {
    year: 2026,
    activities: {
      held,
      byType: ActivityType.codes.map((type) => ({ type, count: type === 'study' ? held : 0 })),
      byQuarter: quarters.map((quarter) => ({
        quarter,
        held: heldByQuarter[quarter - 1],
        planned: quarter === 4 ? 1 : 0,
      })),
      quartersWithout: quarters.filter((q) => heldByQuarter[q - 1] === 0),
      collective,
      collectiveRequired: 4,
      collectiveMet: collective >= 4,
    },
    participation: {
      overall: { invited: 0, present: 0, excused: 0, absent: 0, rate: null },
      members: [],
      activities: [],
    },
    proposals: {
      total: 3,
      byFiling: { pending: 0, accepted: 3, not_accepted: 0, converted: 0 },
      byResult: { A: 0, B: 0, C: 0, D: 0 },
      noResult: 3,
    },
    opinionReports: {
      total: 0,
      byStatus: { draft: 0, submitted: 0, adopted: 0 },
      byAdoptionLevel: { county: 0, city: 0, province: 0, national: 0 },
    },
    behind: [],
    ...extra,
  };
}

function overviewArchive(stats: YearStats, members: Member[] = [memberRow({ id: 1, name: '王建国' })]) {
  return fakeArchive({
    'stats.year': () => ({ ok: true, value: stats }),
    'duty.matrix': ({ year }) => ({ ok: true, value: matrixOf(year, [{ id: 1, name: '王建国', evidence: {} }]) }),
    'activities.list': () => ({ ok: true, value: { items: [], total: 0 } }),
    'members.list': () => ({ ok: true, value: { items: members, total: members.length } }),
    'deeds.list': () => ({ ok: true, value: { items: [], total: 2 } }),
  });
}

describe('overview page', () => {
  it('shows each rule not met with what is still missing', async () => {
    overviewArchive(statsOf([2, 1, 0, 0], 2));
    renderPage();
    const quarterly = await screen.findByLabelText('每季度至少开展一次活动');
    expect(within(quarterly).getByText('未达标')).toBeInTheDocument();
    expect(quarterly).toHaveTextContent('第三季度、第四季度还没有开展活动；第四季度已计划 1 次');
    const collective = screen.getByLabelText('年内集体活动不少于4次');
    expect(within(collective).getByText('未达标')).toBeInTheDocument();
    expect(collective).toHaveTextContent('已开展集体活动 2 次，还差 2 次');
  });

  it('shows the rules met when every quarter had an activity and four were collective', async () => {
    overviewArchive(statsOf([1, 2, 1, 1], 4));
    renderPage();
    const quarterly = await screen.findByLabelText('每季度至少开展一次活动');
    expect(within(quarterly).getByText('已达标')).toBeInTheDocument();
    expect(within(screen.getByLabelText('年内集体活动不少于4次')).getByText('已达标')).toBeInTheDocument();
    expect(screen.queryByText('未达标')).toBeNull();
    // The counts of the year: 5 held, 3 proposals, 2 deeds.
    expect(screen.getByText('已开展活动').closest('.ant-statistic')).toHaveTextContent('5次');
    expect(screen.getByText('先进事迹').closest('.ant-statistic')).toHaveTextContent('2件');
  });

  it('lists members behind on their duties with the items they miss', async () => {
    overviewArchive(
      statsOf([1, 1, 1, 1], 4, {
        behind: [
          {
            member: { id: 7, name: '李秀英', sector: '教育界' },
            missing: [{ itemCode: 'proposal', label: '一件政协提案', count: 0, required: 1 }],
          },
        ],
      }),
    );
    renderPage();
    const row = (await screen.findByRole('button', { name: '李秀英' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('一件政协提案 0/1')).toBeInTheDocument();
  });

  it('lists birthdays of the next 30 days, soonest first, a month-only birth date in and near its month', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 3, 29) });
    overviewArchive(statsOf([1, 1, 1, 1], 4), [
      memberRow({ id: 1, name: '王建国', birthDate: '1970-05-03' }),
      memberRow({ id: 2, name: '李秀英', birthDate: '1980-04-29' }),
      memberRow({ id: 3, name: '赵磊', birthDate: '1975-06-30' }),
      memberRow({ id: 4, name: '刘洋', birthDate: '1966-05' }),
      memberRow({ id: 5, name: '陈静', birthDate: '1990-04' }),
      memberRow({ id: 6, name: '周平', birthDate: '1969-08' }),
    ]);
    renderPage();
    const card = (await screen.findByText('近30天过生日的委员')).closest('.ant-card') as HTMLElement;
    const items = within(card).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '李秀英4月29日 · 今天（46 岁）',
      '陈静4月（未填日期）· 本月（36 岁）',
      '刘洋5月（未填日期）· 2 天后进入5月（60 岁）',
      '王建国5月3日 · 还有 4 天（56 岁）',
    ]);
  });

  it('says what to do first for a year with nothing recorded', async () => {
    const nothing = statsOf([0, 0, 0, 0], 0);
    nothing.activities.byQuarter = nothing.activities.byQuarter.map((q) => ({ ...q, planned: 0 }));
    nothing.proposals.total = 0;
    fakeArchive({
      'stats.year': () => ({ ok: true, value: nothing }),
      'duty.matrix': ({ year }) => ({ ok: true, value: matrixOf(year, []) }),
      'activities.list': () => ({ ok: true, value: { items: [], total: 0 } }),
      'deeds.list': () => ({ ok: true, value: { items: [], total: 0 } }),
      'members.list': () => ({ ok: true, value: { items: [memberRow({ id: 1, name: '王建国' })], total: 1 } }),
    });
    const user = renderPage();
    expect(await screen.findByText(/2026年还没有活动、提案、社情民意或先进事迹/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '制定年度计划' }));
    expect(useRoute.getState().section).toBe('plans');
  });
});
