import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useWorkingYear } from '../../renderer/src/forms/workingYear';
import { DeedsPage } from '../../renderer/src/pages/deeds/DeedsPage';
import { useDeeds } from '../../renderer/src/pages/deeds/useDeeds';
import { DocumentsPage } from '../../renderer/src/pages/documents/DocumentsPage';
import { useDocuments } from '../../renderer/src/pages/documents/useDocuments';
import { OpinionReportsPage } from '../../renderer/src/pages/opinionReports/OpinionReportsPage';
import { useOpinionReports } from '../../renderer/src/pages/opinionReports/useOpinionReports';
import { useGroup } from '../../renderer/src/shell/useGroup';
import { choose } from '../helpers/formQueries';
import { narrow } from '../helpers/listQueries';
import { renderInApp } from '../helpers/renderInApp';
import { freshStoresEach } from './freshStores';
import { realArchive, type RealArchive } from './realArchive';
import { groupRow } from './fakeTransport';

let t: RealArchive;
freshStoresEach(2026, useDocuments, useOpinionReports, useDeeds);
beforeEach(async () => {
  t = await realArchive();
});
afterEach(() => {
  t.close();
  useWorkingYear.setState(useWorkingYear.getInitialState());
  useGroup.setState(useGroup.getInitialState());
});

/** The list's own reads, without the one-row counts read beside them. */
const pageReads = (method: 'opinionReports.list' | 'documents.list') =>
  t.inputsOf(method).filter((input) => input.limit !== 1);

function renderPage(page: ReactNode) {
  return renderInApp(page).user;
}

describe('documents page', () => {
  it('names the plan and summaries the year lacks, whatever kind is listed, and starts the one chosen', async () => {
    useGroup.setState({ group: groupRow() });
    const [wang] = await t.addMembers('王建国');
    await t.must('documents.create', {
      year: 2026,
      kind: 'annual_plan',
      title: '东湖镇政协联络组2026年度工作计划',
      body: '一、 总体 要求',
    });
    await t.must('documents.create', { year: 2026, kind: 'member_summary', memberId: wang, title: '王建国履职小结' });
    await t.must('documents.create', { year: 2025, kind: 'half_year_summary', title: '去年的半年小结' });
    const user = renderPage(<DocumentsPage />);
    expect(await screen.findByText('2026年档案还缺：半年工作小结、年度工作总结')).toBeInTheDocument();
    const row = screen.getByText('东湖镇政协联络组2026年度工作计划').closest('tr') as HTMLElement;
    expect(within(row).getByText('6')).toBeInTheDocument();
    expect(screen.getByText('共 2 篇文档')).toBeInTheDocument();

    await narrow(user, '类别', '委员履职小结', '东湖镇政协联络组2026年度工作计划');
    expect(screen.getByText('王建国履职小结')).toBeInTheDocument();
    expect(pageReads('documents.list').at(-1)).toMatchObject({ year: 2026, kind: 'member_summary', offset: 0 });
    expect(screen.getByText('2026年档案还缺：半年工作小结、年度工作总结')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /撰写半年工作小结/ }));
    expect(await screen.findByDisplayValue('东湖镇政协联络组2026年上半年工作小结')).toBeInTheDocument();
  });
});

describe('社情民意 page', () => {
  it('counts the adopted among all that match, not only the page, and filters by 采用层级 in the archive', async () => {
    for (let i = 1; i <= 22; i++) {
      const adopted = i % 2 === 0;
      await t.must('opinionReports.create', {
        year: 2026,
        title: `第${i}篇社情民意`,
        submittedOn: `2026-03-${String(i).padStart(2, '0')}`,
        status: adopted ? 'adopted' : 'submitted',
        adoptedLevel: adopted ? (i <= 6 ? 'city' : 'county') : null,
        adoptedOn: adopted ? '2026-04-01' : null,
      });
    }
    const user = renderPage(<OpinionReportsPage />);
    expect(await screen.findByText('共 22 篇，其中已采用 11 篇')).toBeInTheDocument();
    await user.click(screen.getByText('50 条/页'));
    await user.click(await screen.findByTitle('20 条/页'));
    await user.click(await screen.findByTitle('2'));
    expect(await screen.findByText('第1篇社情民意')).toBeInTheDocument();
    expect(screen.getByText('共 22 篇，其中已采用 11 篇')).toBeInTheDocument();

    await choose(user, '采用层级', '市政协采用');
    expect(await screen.findByText('共 3 篇，其中已采用 3 篇')).toBeInTheDocument();
    expect(screen.getByText('第6篇社情民意')).toBeInTheDocument();
    expect(pageReads('opinionReports.list').at(-1)).toMatchObject({ year: 2026, adoptedLevel: 'city', offset: 0 });
  });
});

describe('先进事迹 page', () => {
  it('counts the year’s deeds and filters by member in the archive', async () => {
    const [wang] = await t.addMembers('王建国');
    await t.must('deeds.create', { year: 2026, memberId: wang, title: '抗洪救灾捐款捐物', happenedOn: '2026-07-02' });
    await t.must('deeds.create', { year: 2026, title: '联络组助学活动', happenedOn: '2026-09-01' });
    await t.must('deeds.create', { year: 2025, memberId: wang, title: '去年的事迹' });
    const user = renderPage(<DeedsPage />);
    expect(await screen.findByText('共 2 条先进事迹')).toBeInTheDocument();
    await choose(user, '委员', '王建国');
    expect(await screen.findByText('共 1 条先进事迹')).toBeInTheDocument();
    expect(screen.queryByText('联络组助学活动')).toBeNull();
    expect(t.inputsOf('deeds.list').at(-1)).toMatchObject({ year: 2026, memberId: wang, limit: 50, offset: 0 });
  });
});
