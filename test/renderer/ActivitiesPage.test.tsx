import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesPage } from '../../renderer/src/pages/activities/ActivitiesPage';
import { useActivities } from '../../renderer/src/pages/activities/useActivities';
import type { Input } from '../../shared/api';
import { villageInspection } from '../fixtures/sampleRecords';
import { choose } from '../helpers/formQueries';
import { narrow, openSeeded, rowOf } from '../helpers/listQueries';
import { renderInApp } from '../helpers/renderInApp';
import { freshStoresEach } from './freshStores';
import { realArchive, type RealArchive } from './realArchive';

let t: RealArchive;
freshStoresEach(2026, useActivities);
beforeEach(async () => {
  t = await realArchive();
});
afterEach(() => t.close());

function renderPage() {
  return renderInApp(<ActivitiesPage />).user;
}

const add = (fields: Partial<Input<'activities.create'>> & { title: string; startsOn: string }) =>
  t.must('activities.create', { type: 'study', ...fields });

/** The inspection with a sheet, a planned study, a training across the first and second quarter. */
async function seedYear() {
  const ids = await t.addMembers('王建国', '李红', '赵六');
  await add({
    ...villageInspection,
    participants: [
      { memberId: ids[0], attendance: 'present' },
      { memberId: ids[1], attendance: 'present' },
      { memberId: ids[2], attendance: 'excused', leaveReason: '外出' },
    ],
  });
  await add({ title: '学习全会精神', startsOn: '2026-02-20', status: 'planned' });
  await add({ title: '跨季度的培训', startsOn: '2026-03-30', endsOn: '2026-04-02' });
  await add({ title: '去年的活动', startsOn: '2025-12-20' });
}

const seededPage = (first: string) => openSeeded(seedYear, renderPage, first);

describe('activities page', () => {
  it('lists the year’s activities with their time in Chinese, status and attendance counts', async () => {
    await seedYear();
    renderPage();
    const row = (await screen.findByText('视察农村人居环境')).closest('tr') as HTMLElement;
    for (const text of ['视察', '2026年5月14日 09:00—11:30', '东湖村', '已开展', '出席 2 · 请假 1 · 缺席 0']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(within(rowOf('学习全会精神')).getByText('计划中')).toBeInTheDocument();
    expect(within(rowOf('学习全会精神')).getByText('未登记')).toBeInTheDocument();
    expect(screen.getByText('共 3 次活动')).toBeInTheDocument();
    expect(screen.queryByText('去年的活动')).toBeNull();
    expect(t.inputsOf('activities.list')[0]).toMatchObject({ year: 2026, limit: 50, offset: 0 });
  });

  it('reads a page at a time, and steps back a page when the last row of the last one goes', async () => {
    for (let day = 1; day <= 21; day++) {
      await add({ title: `一月第${day}次学习`, startsOn: `2026-01-${String(day).padStart(2, '0')}` });
    }
    const user = renderPage();
    await screen.findByText('共 21 次活动');
    expect(screen.getAllByRole('row')).toHaveLength(22);
    await user.click(screen.getByText('50 条/页'));
    await user.click(await screen.findByTitle('20 条/页'));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(21));
    await user.click(screen.getByTitle('2'));
    expect(await screen.findByText('一月第1次学习')).toBeInTheDocument();
    expect(screen.queryByText('一月第2次学习')).toBeNull();
    expect(t.inputsOf('activities.list').at(-1)).toMatchObject({ year: 2026, limit: 20, offset: 20 });

    // A new filter starts at the first page.
    await choose(user, '季度', '第一季度');
    expect(await screen.findByText('一月第21次学习')).toBeInTheDocument();
    expect(t.inputsOf('activities.list').at(-1)).toMatchObject({ from: '2026-01-01', limit: 20, offset: 0 });
    await user.click(screen.getByTitle('2'));
    await screen.findByText('一月第1次学习');

    await user.click(within(rowOf('一月第1次学习')).getByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '移入回收站' }));
    expect(await screen.findByText('共 20 次活动')).toBeInTheDocument();
    expect(screen.getByText('一月第21次学习')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(21);
    expect(t.inputsOf('activities.list').at(-1)).toMatchObject({ limit: 20, offset: 0 });
  });

  it('narrows to a quarter (an activity running into it counts) and a type through the archive', async () => {
    const user = await seededPage('视察农村人居环境');
    await narrow(user, '季度', '第一季度', '视察农村人居环境');
    expect(screen.getByText('学习全会精神')).toBeInTheDocument();
    expect(screen.getByText('跨季度的培训')).toBeInTheDocument();
    expect(t.inputsOf('activities.list').at(-1)).toMatchObject({ from: '2026-01-01', to: '2026-03-31', offset: 0 });

    await narrow(user, '季度', '第二季度', '学习全会精神');
    expect(screen.getByText('跨季度的培训')).toBeInTheDocument();
    expect(screen.getByText('共 2 次活动')).toBeInTheDocument();

    await choose(user, '活动类型', '调研');
    expect(await screen.findByText('没有符合条件的活动。可以换个搜索词，或清除筛选条件。')).toBeInTheDocument();
    expect(t.inputsOf('activities.list').at(-1)).toMatchObject({ year: 2026, type: 'research', from: '2026-04-01' });
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(await screen.findByText('共 3 次活动')).toBeInTheDocument();
  });

  it('says what to do first in a year without activities', async () => {
    renderPage();
    expect(await screen.findByText(/2026年还没有活动记录/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /添加第一次活动/ })).toBeInTheDocument();
  });

  it('deletes to the recycle bin after confirming, and 撤销 restores', async () => {
    const user = await seededPage('学习全会精神');
    await user.click(within(rowOf('学习全会精神')).getByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '移入回收站' }));
    expect(await screen.findByText(/已将“学习全会精神”移入回收站/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('学习全会精神')).toBeNull());
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复活动“学习全会精神”')).toBeInTheDocument();
    expect(await screen.findByText('学习全会精神')).toBeInTheDocument();
    expect((await t.must('activities.list', { scope: 'deleted' })).total).toBe(0);
  });

  it('shows the month’s activities on the calendar, and the year’s count per month', async () => {
    // Today in May 2026: the calendar opens on this month of the working year.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 4, 20) });
    try {
      const user = await seededPage('视察农村人居环境');
      await user.click(screen.getByText('日历'));
      const cell = (await screen.findByTitle('视察：视察农村人居环境（东湖村）')).closest('td') as HTMLElement;
      expect(cell).toHaveAttribute('title', '2026-05-14');
      expect(within(cell).getByText(/09:00/)).toBeInTheDocument();
      expect(screen.queryByText('学习全会精神')).toBeNull();
      expect(t.inputsOf('activities.calendar').at(-1)).toEqual({ from: '2026-05-01', to: '2026-05-31' });

      // A cell holds no attendance sheet: the drawer opens on the whole activity, read on the click.
      await user.click(within(cell).getByText(/视察农村人居环境/));
      const heading = await screen.findByText('编辑活动：视察农村人居环境');
      const drawer = heading.closest('.ant-drawer') as HTMLElement;
      expect(await within(drawer).findByDisplayValue('外出')).toBeInTheDocument();
      expect(t.inputsOf('activities.get').at(-1)).toEqual({ id: expect.any(Number) });
      await user.click(within(drawer).getByRole('button', { name: '取 消' }));
      await waitFor(() => expect(drawer).not.toHaveClass('ant-drawer-open'));

      // Begun in March, the training shows on its April days too.
      // A day of April shown before May's first turns the calendar to April.
      await user.click(screen.getByTitle('2026-04-30'));
      const days = (await screen.findAllByTitle('学习：跨季度的培训')).map((a) => a.closest('td')?.title);
      expect(days).toContain('2026-04-01');
      expect(screen.queryByText('视察农村人居环境')).toBeNull();

      // The header's month/year switch (the calendar's own locale names it).
      const yearSwitch = document.querySelector('.ant-picker-calendar-header input[value="year"]');
      await user.click(yearSwitch?.closest('label') as HTMLElement);
      await waitFor(() => expect(screen.getAllByText('1 次活动')).toHaveLength(3));
      expect(screen.queryByText('2 次活动')).toBeNull();

      // The list's filters hold on the calendar too: without May's inspection, two months remain.
      // (The closed drawer keeps its own 活动类型 field.)
      await user.click(screen.getAllByLabelText('活动类型').find((el) => !el.closest('.ant-drawer')) as HTMLElement);
      await user.click(await screen.findByTitle('学习'));
      await waitFor(() => expect(screen.getAllByText('1 次活动')).toHaveLength(2));
      expect(t.inputsOf('activities.monthCounts').at(-1)).toMatchObject({ year: 2026, type: 'study' });
    } finally {
      vi.useRealTimers();
    }
  });
});
