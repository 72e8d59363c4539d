import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { PointsPage } from '../../renderer/src/pages/points/PointsPage';
import { usePoints } from '../../renderer/src/pages/points/usePoints';
import { useGroup } from '../../renderer/src/shell/useGroup';
import type { MemberPoints, YearPoints, YearPointsRules } from '../../shared/contract/points';
import { defaultPointsRules, type PointsRules } from '../../shared/pointsRules';
import { renderInApp, type User } from '../helpers/renderInApp';
import { fakeArchive, groupRow } from './fakeTransport';
import { freshStoresEach } from './freshStores';

const group = (pointsEnabled: boolean) => groupRow({ pointsEnabled });

freshStoresEach(2026, usePoints);
afterEach(() => setTransport(undefined));

const zero = { activity: 0, absence: 0, proposal: 0, report: 0, deed: 0, summary: 0 };
const wang: MemberPoints = {
  member: { id: 1, name: '王建国', sector: '农业界' },
  total: 37,
  grade: '称职',
  rank: 1,
  subtotals: { ...zero, activity: 40, absence: -3 },
  lines: [
    {
      category: 'activity',
      label: '出席视察',
      points: 3,
      source: { kind: 'activity', id: 11, title: '视察全镇安全生产工作', date: '2026-05-14' },
    },
    { category: 'activity', label: '活动积分封顶 40 分，扣除 6 分', points: -6, source: null },
    {
      category: 'absence',
      label: '无故缺席会议',
      points: -3,
      source: { kind: 'activity', id: 12, title: '情况通报会', date: '2026-06-20' },
    },
  ],
};
const li: MemberPoints = {
  member: { id: 2, name: '李秀英', sector: null },
  total: 0,
  grade: '不称职',
  rank: 2,
  subtotals: zero,
  lines: [],
};

/** An archive that scores with whatever rules were saved last, like the real one. */
function pointsArchive(opts: { refuse?: string } = {}) {
  let saved: YearPointsRules | null = null;
  let enabled = false;
  const rulesOf = (year: number): YearPointsRules =>
    saved?.year === year ? saved : { year, rules: defaultPointsRules, saved: false, updatedAt: null };
  return fakeArchive({
    'group.update': (patch) => {
      enabled = patch.pointsEnabled ?? enabled;
      return { ok: true, value: { ...group(enabled), updatedAt: '2026-02-01T00:00:00.000Z' } };
    },
    'points.year': ({ year }): { ok: true; value: YearPoints } => ({
      ok: true,
      value: { year, rules: rulesOf(year).rules, rulesSaved: rulesOf(year).saved, members: [wang, li] },
    }),
    'points.rules': ({ year }) => ({ ok: true, value: rulesOf(year) }),
    'points.setRules': ({ year, rules }) => {
      if (opts.refuse) {
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `输入有误：${opts.refuse}`,
            fields: [{ path: 'rules.grades.levels', message: opts.refuse }],
          },
        };
      }
      saved = { year, rules: rules as PointsRules, saved: true, updatedAt: '2026-03-01T00:00:00.000Z' };
      return { ok: true, value: saved };
    },
  });
}

function renderPage(pointsEnabled: boolean) {
  useGroup.setState({ group: group(pointsEnabled) });
  return renderInApp(<PointsPage />).user;
}

/** The page with points on, at its 积分规则 tab, over `pointsArchive(opts)`. */
async function openRules(opts: { refuse?: string } = {}) {
  const archive = pointsArchive(opts);
  const user = renderPage(true);
  await user.click(await screen.findByText('积分规则'));
  return { archive, user };
}

/** Clears the field labelled `label` and types `value` into it; the field. */
async function retype(user: User, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
  return input;
}

describe('履职积分 page', () => {
  it('explains points while they are off, and turns them on for the group', async () => {
    const archive = pointsArchive();
    const user = renderPage(false);
    expect(screen.getByText('履职积分尚未启用')).toBeInTheDocument();
    expect(archive.inputsOf('points.year')).toEqual([]);

    await user.click(screen.getByText('启用履职积分', { selector: 'button *' }));
    expect(archive.inputsOf('group.update')).toEqual([{ pointsEnabled: true }]);
    expect(await screen.findByText('王建国')).toBeInTheDocument();
    expect(useGroup.getState().group?.pointsEnabled).toBe(true);
    expect(archive.inputsOf('points.year')).toEqual([{ year: 2026 }]);
  });

  it('ranks the members with their grades, and a row opens its ledger with the cap as a line', async () => {
    pointsArchive();
    const user = renderPage(true);
    const row = (await screen.findByText('王建国')).closest('tr') as HTMLElement;
    expect(within(row).getByText('37')).toBeInTheDocument();
    expect(within(row).getByText('称职')).toBeInTheDocument();
    const other = screen.getByText('李秀英').closest('tr') as HTMLElement;
    expect(within(other).getByText('不称职')).toBeInTheDocument();
    expect(screen.getByText(/本年度使用默认规则/)).toBeInTheDocument();

    await user.click(within(row).getByText('37'));
    const ledger = await screen.findByLabelText('王建国的积分明细');
    const lines = [...ledger.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      '出席视察活动视察全镇安全生产工作（2026年5月14日）+3',
      '活动积分封顶 40 分，扣除 6 分封顶−6',
      '无故缺席会议活动情况通报会（2026年6月20日）−3',
    ]);
  });

  it('turns points off from the page', async () => {
    const archive = pointsArchive();
    const user = renderPage(true);
    await user.click(await screen.findByLabelText('启用履职积分'));
    expect(archive.inputsOf('group.update')).toEqual([{ pointsEnabled: false }]);
    expect(await screen.findByText('履职积分尚未启用')).toBeInTheDocument();
  });

  it('saves the year’s rules with the changed points and the rest as they were, then scores again', async () => {
    const { archive, user } = await openRules();
    expect(screen.getByText(/正在使用默认规则/)).toBeInTheDocument();

    const deed = screen.getByLabelText('先进事迹（每件）');
    expect(deed).toHaveValue('3');
    await user.clear(deed);
    await user.type(deed, '4');
    const cap = screen.getByLabelText('活动年度封顶');
    await user.clear(cap);
    await retype(user, '第 1 个等级名称', '好');
    await user.click(screen.getByText('保存规则'));

    await screen.findByText('已保存2026年度的积分规则');
    expect(archive.inputsOf('points.setRules')).toEqual([
      {
        year: 2026,
        rules: {
          ...defaultPointsRules,
          deed: 4,
          caps: { ...defaultPointsRules.caps, activity: null },
          grades: {
            ...defaultPointsRules.grades,
            levels: [{ label: '好', min: 60 }, ...defaultPointsRules.grades.levels.slice(1)],
          },
        },
      },
    ]);
    expect(archive.inputsOf('points.year')).toHaveLength(2);
    expect(screen.queryByText(/正在使用默认规则/)).not.toBeInTheDocument();
  });

  it('puts the default rules back into the form, grades included, for the clerk to save', async () => {
    const { archive, user } = await openRules();
    await retype(user, '先进事迹（每件）', '9');
    await user.click(screen.getByLabelText('删除第 3 个等级'));
    expect(screen.queryByLabelText('第 3 个等级名称')).not.toBeInTheDocument();

    await user.click(screen.getByText('恢复默认规则'));
    await user.click(await screen.findByText('恢复默认', { selector: 'button *' }));
    expect(screen.getByLabelText('先进事迹（每件）')).toHaveValue('3');
    expect(screen.getByLabelText('第 3 个等级名称')).toHaveValue('称职');
    expect(archive.inputsOf('points.setRules')).toEqual([]);

    await user.click(screen.getByText('保存规则'));
    await screen.findByText('已保存2026年度的积分规则');
    expect(archive.inputsOf('points.setRules')).toEqual([{ year: 2026, rules: defaultPointsRules }]);
  });

  it('shows the archive’s Chinese refusal and keeps the edits', async () => {
    const { user } = await openRules({ refuse: '等级分数线应从高到低排列，且不能相同' });
    await retype(user, '第 2 个等级分数线', '70');
    await user.click(screen.getByText('保存规则'));
    expect(
      await screen.findByText('输入有误：等级分数线应从高到低排列，且不能相同', { selector: '.ant-alert *' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('第 2 个等级分数线')).toHaveValue('70');
  });
});
