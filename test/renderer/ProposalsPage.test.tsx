import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProposalsPage } from '../../renderer/src/pages/proposals/ProposalsPage';
import { useProposals } from '../../renderer/src/pages/proposals/useProposals';
import { useWorkingYear } from '../../renderer/src/forms/workingYear';
import { choose } from '../helpers/formQueries';
import { narrow, openSeeded, rowOf } from '../helpers/listQueries';
import { renderInApp } from '../helpers/renderInApp';
import { freshStoresEach } from './freshStores';
import { realArchive, type RealArchive } from './realArchive';

let t: RealArchive;
freshStoresEach(2026, useProposals);
beforeEach(async () => {
  t = await realArchive();
});
afterEach(() => {
  t.close();
  useWorkingYear.setState(useWorkingYear.getInitialState());
});

async function seedYear() {
  const [wang, li] = await t.addMembers('王建国', '李红');
  await t.must('proposals.create', {
    year: 2026,
    title: '关于农村饮水安全的建议',
    filing: 'accepted',
    result: 'A',
    leadMemberId: wang,
    submittedOn: '2026-01-10',
  });
  await t.must('proposals.create', {
    year: 2026,
    title: '关于停车场建设的建议',
    filing: 'accepted',
    result: 'B',
    cosignerIds: [li],
  });
  await t.must('proposals.create', { year: 2026, title: '关于路灯维修的建议', filing: 'not_accepted' });
}

function renderPage() {
  return renderInApp(<ProposalsPage />).user;
}

const seededPage = (first: string) => openSeeded(seedYear, renderPage, first);

describe('proposals page', () => {
  it('lists the year’s proposals with who signed and the date in Chinese, and counts them', async () => {
    await seededPage('关于农村饮水安全的建议');
    const first = rowOf('关于农村饮水安全的建议');
    expect(within(first).getByText('王建国 领衔')).toBeInTheDocument();
    expect(within(first).getByText('2026年1月10日')).toBeInTheDocument();
    expect(within(first).getByText('A 已解决或采纳')).toBeInTheDocument();
    expect(within(rowOf('关于停车场建设的建议')).getByText('联络组集体提案，李红 联名')).toBeInTheDocument();
    expect(screen.getByText('共 3 件提案')).toBeInTheDocument();
    expect(t.inputsOf('proposals.list')[0]).toMatchObject({ year: 2026, limit: 50, offset: 0 });
  });

  it('filters by 立案情况 and by 办理结果 in the archive', async () => {
    const user = await seededPage('关于停车场建设的建议');
    await narrow(user, '立案情况', '不立案', '关于停车场建设的建议');
    expect(screen.getByText('关于路灯维修的建议')).toBeInTheDocument();

    await choose(user, '立案情况', '立案');
    await narrow(user, '办理结果', 'B 正在解决或列入计划', '关于农村饮水安全的建议');
    expect(screen.getByText('关于停车场建设的建议')).toBeInTheDocument();
    expect(screen.getByText('共 1 件提案')).toBeInTheDocument();
    expect(t.inputsOf('proposals.list').at(-1)).toMatchObject({ year: 2026, filing: 'accepted', result: 'B' });
  });

  it('says what to do first in an empty year', async () => {
    renderPage();
    expect(await screen.findByText(/2026年还没有登记提案/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登记第一件提案/ })).toBeInTheDocument();
  });
});
