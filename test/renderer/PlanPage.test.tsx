import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { PlanPage } from '../../renderer/src/pages/plan/PlanPage';
import { usePlan } from '../../renderer/src/pages/plan/usePlan';
import type { PlanItem } from '../../shared/contract/plan';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(2026, usePlan);
afterEach(() => setTransport(undefined));

function renderPage() {
  return renderInApp(<PlanPage />).user;
}

let nextId = 1;
function planRow(fields: Partial<PlanItem> & Pick<PlanItem, 'month' | 'title'>): PlanItem {
  return {
    id: nextId++,
    year: 2026,
    period: null,
    activityType: null,
    description: null,
    activities: [],
    done: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

/** Plan items kept in memory by year, as plan.list and plan.copyYear see them. */
function planArchive(byYear: Record<number, PlanItem[]>) {
  return fakeArchive({
    'plan.list': ({ year }) => ({ ok: true, value: byYear[year] ?? [] }),
    'plan.copyYear': ({ fromYear, toYear }) => {
      byYear[toYear] = (byYear[fromYear] ?? []).map((p) => ({
        ...p,
        id: nextId++,
        year: toYear,
        activities: [],
        done: false,
      }));
      return { ok: true, value: byYear[toYear] };
    },
    'plan.create': (input) => {
      const item = planRow({ ...input, month: input.month, title: input.title, period: input.period ?? null });
      byYear[input.year] = [...(byYear[input.year] ?? []), item];
      return { ok: true, value: item };
    },
  });
}

const rows = () => screen.getAllByRole('row').slice(1);

describe('annual plan page', () => {
  it('groups the items by month with their 旬, and counts plan against done per quarter', async () => {
    planArchive({
      2026: [
        planRow({ month: 3, period: 'late', title: '学习全会精神' }),
        planRow({
          month: 5,
          period: 'early',
          title: '视察农村人居环境',
          done: true,
          activities: [{ id: 9, title: '人居环境视察', startsOn: '2026-05-08', status: 'held' }],
        }),
        planRow({ month: 5, period: 'mid', title: '组织委员参加企业家季谈会' }),
        planRow({ month: 6, title: '上半年情况通报会' }),
      ],
    });
    renderPage();
    await screen.findByText('学习全会精神');
    const [march, mayEarly, mayMid, june] = rows();
    expect(within(march).getByText('3月')).toBeInTheDocument();
    expect(within(march).getByText('下旬')).toBeInTheDocument();
    // The month cell spans May's two items; the second row has no month cell of its own.
    const mayCell = within(mayEarly).getByText('5月').closest('td') as HTMLElement;
    expect(mayCell).toHaveAttribute('rowspan', '2');
    expect(within(mayMid).queryByText('5月')).toBeNull();
    expect(within(mayMid).getByText('中旬')).toBeInTheDocument();
    expect(within(mayEarly).getByText('已落实')).toBeInTheDocument();
    expect(within(mayEarly).getByText('2026年5月8日 人居环境视察')).toBeInTheDocument();
    expect(within(mayMid).getByText('未落实')).toBeInTheDocument();
    expect(within(june).getByText('不分旬')).toBeInTheDocument();

    const q1 = screen.getByLabelText('第一季度');
    expect(q1).toHaveTextContent('计划 1 项，已落实 0 项');
    expect(screen.getByLabelText('第二季度')).toHaveTextContent('计划 3 项，已落实 1 项');
    expect(screen.getByLabelText('第四季度')).toHaveTextContent('计划 0 项，已落实 0 项');
  });

  it('starts an empty year by copying last year’s plan, after confirming', async () => {
    const archive = planArchive({
      2025: [planRow({ year: 2025, month: 6, period: 'mid', title: '情况通报会' })],
    });
    const user = renderPage();
    expect(await screen.findByText(/2026年还没有工作计划/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /从2025年复制/ }));
    expect(
      await screen.findByText('把2025年的计划复制到2026年？', { selector: '.ant-modal-confirm-title' }),
    ).toBeInTheDocument();
    expect(archive.inputsOf('plan.copyYear')).toEqual([]);
    await user.click(screen.getByRole('button', { name: '复 制' }));
    expect(await screen.findByText('已从2025年复制 1 条计划事项，请按今年的安排调整')).toBeInTheDocument();
    expect(archive.inputsOf('plan.copyYear')).toEqual([{ fromYear: 2025, toYear: 2026 }]);
    expect(await screen.findByText('情况通报会')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /从上一年复制/ })).toBeDisabled();
  });

  it('shows the archive’s message when last year has no plan to copy', async () => {
    fakeArchive({
      'plan.list': () => ({ ok: true, value: [] }),
      'plan.copyYear': () => ({ ok: false, error: { code: 'NOT_FOUND', message: '2025年没有可复制的计划事项。' } }),
    });
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: /从2025年复制/ }));
    await user.click(await screen.findByRole('button', { name: '复 制' }));
    expect(await screen.findByText('2025年没有可复制的计划事项。')).toBeInTheDocument();
  });

  it('adds an item of the chosen year, with the title checked by the contract', async () => {
    const archive = planArchive({});
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: /添加第一条计划事项/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '保 存' }));
    expect(await within(dialog).findByText('请填写计划事项')).toBeInTheDocument();
    expect(archive.inputsOf('plan.create')).toEqual([]);

    await user.click(within(dialog).getByLabelText('月份'));
    await user.click(await screen.findByTitle('5月'));
    await user.click(within(dialog).getByText('中旬'));
    await user.type(within(dialog).getByLabelText('计划事项'), ' 组织委员参加企业家季谈会 ');
    await user.click(within(dialog).getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(archive.inputsOf('plan.create')).toHaveLength(1));
    expect(archive.inputsOf('plan.create')[0]).toEqual({
      year: 2026,
      month: 5,
      period: 'mid',
      title: '组织委员参加企业家季谈会',
      activityType: null,
      description: null,
    });
    expect(await screen.findByText('已保存计划事项：5月中旬 组织委员参加企业家季谈会')).toBeInTheDocument();
  });

  it('deletes an item to the recycle bin and 撤销 restores it', async () => {
    const items = [planRow({ month: 4, title: '专题学习' })];
    const archive = fakeArchive({
      'plan.list': () => ({ ok: true, value: items.filter((p) => !p.deletedAt) }),
      'plan.delete': ({ id }) => ((items[0].deletedAt = 'x'), { ok: true, value: { ...items[0], id } }),
      'plan.restore': ({ id }) => ((items[0].deletedAt = null), { ok: true, value: { ...items[0], id } }),
    });
    const user = renderPage();
    const row = (await screen.findByText('专题学习')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '移入回收站' }));
    expect(await screen.findByText(/已将“4月 专题学习”移入回收站/)).toBeInTheDocument();
    expect(await screen.findByText(/2026年还没有工作计划/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复计划事项“4月 专题学习”')).toBeInTheDocument();
    expect(await screen.findByText('专题学习')).toBeInTheDocument();
    expect(archive.inputsOf('plan.restore')).toEqual([{ id: items[0].id }]);
  });
});
