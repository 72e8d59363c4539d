import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { useWorkingYear } from '../../renderer/src/forms/workingYear';
import { ActivitiesPage } from '../../renderer/src/pages/activities/ActivitiesPage';
import { useActivities } from '../../renderer/src/pages/activities/useActivities';
import type { Activity } from '../../shared/contract/activities';
import { fakeArchive } from './fakeTransport';

beforeEach(() => {
  useActivities.setState(useActivities.getInitialState());
  useWorkingYear.setState({ chosen: 2026 });
});
afterEach(() => setTransport(undefined));

function renderPage() {
  render(
    <ConfigProvider locale={zhCN}>
      <App>
        <ActivitiesPage />
      </App>
    </ConfigProvider>,
  );
  return userEvent.setup();
}

function activityRow(fields: Partial<Activity> & { id: number; title: string; startsOn: string }): Activity {
  return {
    type: 'study',
    startTime: null,
    endsOn: null,
    endTime: null,
    year: 2026,
    place: null,
    content: null,
    responsible: null,
    organiser: null,
    collective: true,
    suggestionsCount: 0,
    suggestionsText: null,
    reportTitle: null,
    followUp: null,
    status: 'held',
    planItemId: null,
    notes: null,
    participants: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

const seen = (name: string) => ({ memberName: name, leaveReason: null, role: null });

/** The year's activities in memory, with the recycle bin as a flag. */
function activitiesArchive(list: Activity[]) {
  const deleted = new Set<number>();
  const live = () => list.filter((a) => !deleted.has(a.id));
  const find = (id: number) => list.find((a) => a.id === id)!;
  return fakeArchive({
    'activities.list': ({ type }) => {
      const items = live().filter((a) => !type || a.type === type);
      return { ok: true, value: { items, total: items.length } };
    },
    'activities.delete': ({ id }) => (deleted.add(id), { ok: true, value: find(id) }),
    'activities.restore': ({ id }) => (deleted.delete(id), { ok: true, value: find(id) }),
  });
}

const year = [
  activityRow({
    id: 1,
    title: '视察农村人居环境',
    type: 'inspection',
    startsOn: '2026-05-14',
    startTime: '09:00',
    endTime: '11:30',
    place: '东湖村',
    participants: [
      { memberId: 1, attendance: 'present', ...seen('王建国') },
      { memberId: 2, attendance: 'present', ...seen('李红') },
      { memberId: 3, attendance: 'excused', ...seen('赵六'), leaveReason: '外出' },
    ],
  }),
  activityRow({ id: 2, title: '学习全会精神', startsOn: '2026-02-20', status: 'planned' }),
];

describe('activities page', () => {
  it('lists the year’s activities with their time in Chinese, status and attendance counts', async () => {
    const archive = activitiesArchive(year);
    renderPage();
    const row = (await screen.findByText('视察农村人居环境')).closest('tr') as HTMLElement;
    for (const text of ['视察', '2026年5月14日 09:00–11:30', '东湖村', '已开展', '出席 2 · 请假 1 · 缺席 0']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    const planned = screen.getByText('学习全会精神').closest('tr') as HTMLElement;
    expect(within(planned).getByText('计划中')).toBeInTheDocument();
    expect(within(planned).getByText('未登记')).toBeInTheDocument();
    expect(archive.inputsOf('activities.list')[0]).toMatchObject({ year: 2026 });
  });

  it('narrows to a quarter on screen and to a type through the archive', async () => {
    const archive = activitiesArchive(year);
    const user = renderPage();
    await screen.findByText('视察农村人居环境');
    await user.click(screen.getByLabelText('季度'));
    await user.click(await screen.findByTitle('第一季度'));
    await waitFor(() => expect(screen.queryByText('视察农村人居环境')).toBeNull());
    expect(screen.getByText('学习全会精神')).toBeInTheDocument();
    const calls = archive.inputsOf('activities.list').length;

    await user.click(screen.getByLabelText('活动类型'));
    await user.click(await screen.findByTitle('视察'));
    await waitFor(() => expect(archive.inputsOf('activities.list')).toHaveLength(calls + 1));
    expect(archive.inputsOf('activities.list').at(-1)).toMatchObject({ year: 2026, type: 'inspection' });
    expect(await screen.findByText('没有符合条件的活动。可以换个搜索词，或清除筛选条件。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(await screen.findByText('视察农村人居环境')).toBeInTheDocument();
  });

  it('says what to do first in a year without activities', async () => {
    activitiesArchive([]);
    renderPage();
    expect(await screen.findByText(/2026年还没有活动记录/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /添加第一次活动/ })).toBeInTheDocument();
  });

  it('deletes to the recycle bin after confirming, and 撤销 restores', async () => {
    const archive = activitiesArchive(year);
    const user = renderPage();
    const row = (await screen.findByText('学习全会精神')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '移入回收站' }));
    expect(await screen.findByText(/已将“学习全会精神”移入回收站/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('学习全会精神')).toBeNull());
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复活动“学习全会精神”')).toBeInTheDocument();
    expect(await screen.findByText('学习全会精神')).toBeInTheDocument();
    expect(archive.inputsOf('activities.delete')).toEqual([{ id: 2 }]);
    expect(archive.inputsOf('activities.restore')).toEqual([{ id: 2 }]);
  });

  it('shows the activities on the month calendar', async () => {
    // Today in May 2026: the calendar opens on this month of the working year.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 4, 20) });
    try {
      activitiesArchive(year);
      const user = renderPage();
      await screen.findByText('视察农村人居环境');
      await user.click(screen.getByText('日历'));
      const cell = (await screen.findByTitle('视察：视察农村人居环境（东湖村）')).closest('td') as HTMLElement;
      expect(cell).toHaveAttribute('title', '2026-05-14');
      expect(within(cell).getByText(/09:00/)).toBeInTheDocument();
      expect(screen.queryByText('学习全会精神')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
