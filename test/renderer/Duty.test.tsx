import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { DutyPage } from '../../renderer/src/pages/duty/DutyPage';
import { useDuty } from '../../renderer/src/pages/duty/useDuty';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { DutyEvidence } from '../../shared/contract/duty';
import type { DutyRecord } from '../../shared/contract/dutyRecords';
import type { Scheme } from '../../shared/contract/schemes';
import { renderInApp, type User } from '../helpers/renderInApp';
import { evidenceOf, matrixOf, twoItems, type MembersEvidence } from './dutyFixtures';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(2026, useDuty);
afterEach(() => {
  setTransport(undefined);
  window.location.hash = '';
  useRoute.setState(useRoute.getInitialState());
});

function renderPage() {
  return renderInApp(<DutyPage />).user;
}

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const scheme = (id: number, name: string, preset: Scheme['preset']): Scheme => ({
  id,
  name,
  preset,
  items: twoItems,
  boundYears: [],
  ...stamps,
});
const schemes = [scheme(1, '八个一', 'eight'), scheme(2, '五个一', 'five')];

const conflict =
  '2026年已有按“八个一”登记的履职记录不在“五个一”中（走访联系村 1 条），不能改用该方案；请先修改或删除这些履职记录。';

const research: DutyEvidence = { kind: 'activity', id: 11, title: '人居环境整治调研', date: '2026-05-08' };

const strandedItem =
  '履职方案“八个一”中要删去的事项已有履职记录（一件政协提案 1 条），不能删去；请先修改或删除这些履职记录。';

/**
 * A fake archive holding two members' evidence: duty.matrix answers counts, duty.evidence the rows
 * behind a cell; manual records added through dutyRecords.create appear in both, as in the archive.
 * `evidence: 'fails'` makes duty.evidence fail until the test sets it back to 'ok'.
 */
function dutyArchive(setForYear: 'ok' | 'conflict' = 'ok', evidence = { answer: 'ok' as 'ok' | 'fails' }) {
  const records: (DutyEvidence & { memberId: number; itemCode: string; deleted?: boolean })[] = [];
  const recordsOf = (memberId: number, itemCode: string) =>
    records.filter((r) => !r.deleted && r.memberId === memberId && r.itemCode === itemCode);
  const members = (): MembersEvidence => [
    {
      id: 1,
      name: '王建国',
      sector: '农业界',
      evidence: { research: [research], proposal: recordsOf(1, 'proposal') },
    },
    {
      id: 2,
      name: '李秀英',
      evidence: { research: recordsOf(2, 'research'), proposal: recordsOf(2, 'proposal') },
    },
  ];
  return fakeArchive({
    'duty.matrix': ({ year }) => ({ ok: true, value: matrixOf(year, members()) }),
    'duty.evidence': (input) =>
      evidence.answer === 'ok'
        ? { ok: true, value: evidenceOf(members(), input) }
        : { ok: false, error: { code: 'IO_ERROR', message: '读写档案文件时出错（SQLITE_IOERR），请检查后重试。' } },
    'schemes.list': () => ({ ok: true, value: schemes }),
    'schemes.setForYear': ({ schemeId }) =>
      setForYear === 'ok'
        ? { ok: true, value: schemes.find((x) => x.id === schemeId)! }
        : { ok: false, error: { code: 'CONFLICT', message: conflict } },
    'schemes.update': () => ({ ok: false, error: { code: 'CONFLICT', message: strandedItem } }),
    'dutyRecords.create': (input) => {
      const id = 100 + records.length;
      records.push({ kind: 'record', id, title: input.description, date: input.doneOn ?? null, ...input });
      const record: DutyRecord = {
        id,
        memberId: input.memberId,
        memberName: input.memberId === 1 ? '王建国' : '李秀英',
        year: input.year,
        itemCode: input.itemCode,
        itemLabel: twoItems.find((i) => i.code === input.itemCode)?.label ?? null,
        doneOn: input.doneOn ?? null,
        description: input.description,
        evidence: input.evidence ?? null,
        ...stamps,
      };
      return { ok: true, value: record };
    },
    'dutyRecords.delete': ({ id }) => {
      records.find((r) => r.id === id)!.deleted = true;
      return { ok: true, value: {} as DutyRecord };
    },
    'dutyRecords.restore': ({ id }) => {
      records.find((r) => r.id === id)!.deleted = false;
      return { ok: true, value: {} as DutyRecord };
    },
  });
}

/** The open drawer or modal with this title. */
const titled = async (title: string) =>
  (await screen.findByText(title, { selector: '.ant-drawer-title, .ant-modal-title' })).closest(
    '[role="dialog"]',
  ) as HTMLElement;
const drawer = () => document.querySelector('.ant-drawer-open [role="dialog"]') as HTMLElement;

/** Opens the cell named `cell`, then its 登记履职记录 dialog; the dialog. */
async function recordFromCell(user: User, cell: string) {
  await user.click(await screen.findByRole('button', { name: cell }));
  await user.click(within(drawer()).getByRole('button', { name: /登记履职记录/ }));
  return titled('登记2026年履职记录');
}

describe('eight-ones page', () => {
  it('shows each cell as count/required and reads the evidence behind it when the cell opens', async () => {
    const archive = dutyArchive();
    const user = renderPage();
    const done = await screen.findByRole('button', { name: '王建国 一次工作调研 1/1 已完成' });
    expect(screen.getByRole('button', { name: '王建国 一件政协提案 0/1 未开始' })).toBeInTheDocument();
    expect(archive.inputsOf('duty.evidence')).toEqual([]);
    await user.click(done);
    const evidence = await within(await titled('王建国 · 一次工作调研')).findByRole('list', { name: '计入的记录' });
    expect(evidence).toHaveTextContent('活动人居环境整治调研2026年5月8日');
    expect(archive.inputsOf('duty.evidence')).toEqual([{ year: 2026, memberId: 1, itemCode: 'research' }]);

    await user.click(screen.getByRole('button', { name: '王建国 一件政协提案 0/1 未开始' }));
    expect(await within(drawer()).findByText(/还没有计入这一项的记录/)).toBeInTheDocument();
    expect(within(drawer()).queryByRole('list', { name: '计入的记录' })).not.toBeInTheDocument();
  });

  it('links each credited row to its record’s address', async () => {
    dutyArchive();
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: '王建国 一次工作调研 1/1 已完成' }));
    const evidence = await within(await titled('王建国 · 一次工作调研')).findByRole('list', { name: '计入的记录' });
    const link = within(evidence).getByRole('link', { name: '人居环境整治调研' });
    expect(link).toHaveAttribute('href', '#/activities/11');
    await user.click(link);
    expect(window.location.hash).toBe('#/activities/11');
    expect(useRoute.getState()).toMatchObject({ section: 'activities', record: 11 });
  });

  it('says in Chinese when the evidence cannot be read, and reads it again on 重试', async () => {
    const evidence = { answer: 'fails' as 'ok' | 'fails' };
    const archive = dutyArchive('ok', evidence);
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: '王建国 一次工作调研 1/1 已完成' }));
    const failed = await within(drawer()).findByRole('alert');
    expect(failed).toHaveTextContent('读取计入的记录失败');
    expect(failed).toHaveTextContent('读写档案文件时出错（SQLITE_IOERR），请检查后重试。');

    evidence.answer = 'ok';
    await user.click(within(failed).getByRole('button', { name: /重\s*试/ }));
    expect(await within(drawer()).findByRole('list', { name: '计入的记录' })).toHaveTextContent('人居环境整治调研');
    expect(archive.inputsOf('duty.evidence')).toHaveLength(2);
  });

  it('adds a manual record from a cell with the right input, and the matrix counts it', async () => {
    const archive = dutyArchive();
    const user = renderPage();
    const dialog = await recordFromCell(user, '李秀英 一件政协提案 0/1 未开始');
    // Member and item come from the cell.
    expect(within(dialog).getByText('李秀英')).toBeInTheDocument();
    expect(within(dialog).getByText('一件政协提案')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('日期'), '2026.6.3');
    await user.type(within(dialog).getByLabelText('履职内容'), '联名提出乡村养老服务建议');
    const matrixReads = archive.inputsOf('duty.matrix').length;
    await user.click(within(dialog).getByRole('button', { name: '保 存' }));

    await screen.findByText('已为李秀英登记“一件政协提案”');
    expect(archive.inputsOf('dutyRecords.create')).toEqual([
      {
        memberId: 2,
        year: 2026,
        itemCode: 'proposal',
        doneOn: '2026-06-03',
        description: '联名提出乡村养老服务建议',
        evidence: null,
      },
    ]);
    expect(archive.inputsOf('duty.matrix').length).toBe(matrixReads + 1);
    expect(await screen.findByRole('button', { name: '李秀英 一件政协提案 1/1 已完成' })).toBeInTheDocument();
    expect(await within(drawer()).findByRole('list', { name: '计入的记录' })).toHaveTextContent(
      '联名提出乡村养老服务建议',
    );
  });

  it('refuses a record without its content, sending nothing', async () => {
    const archive = dutyArchive();
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: /登记履职记录/ }));
    const dialog = await titled('登记2026年履职记录');
    await user.click(within(dialog).getByRole('button', { name: '保 存' }));
    expect(await within(dialog).findByText('请填写履职内容')).toBeInTheDocument();
    expect(archive.inputsOf('dutyRecords.create')).toEqual([]);
  });

  it('moves a manual record to the recycle bin and brings it back with 撤销', async () => {
    const archive = dutyArchive();
    const user = renderPage();
    const dialog = await recordFromCell(user, '李秀英 一件政协提案 0/1 未开始');
    await user.type(within(dialog).getByLabelText('履职内容'), '走访联系村');
    await user.click(within(dialog).getByRole('button', { name: '保 存' }));
    await screen.findByRole('button', { name: '李秀英 一件政协提案 1/1 已完成' });

    await user.click(await within(drawer()).findByRole('button', { name: '删除' }));
    await user.click(await screen.findByRole('button', { name: '移入回收站' }));
    expect(await screen.findByRole('button', { name: '李秀英 一件政协提案 0/1 未开始' })).toBeInTheDocument();
    expect(archive.inputsOf('dutyRecords.delete')).toEqual([{ id: 100 }]);

    await user.click(await screen.findByRole('button', { name: '撤销' }));
    expect(await screen.findByRole('button', { name: '李秀英 一件政协提案 1/1 已完成' })).toBeInTheDocument();
    expect(archive.inputsOf('dutyRecords.restore')).toEqual([{ id: 100 }]);
  });

  it('switches the year to another scheme after confirming', async () => {
    const archive = dutyArchive('ok');
    const user = renderPage();
    await screen.findByRole('button', { name: '王建国 一次工作调研 1/1 已完成' });
    await user.click(screen.getByRole('combobox', { name: '年度履职方案' }));
    await user.click(await screen.findByTitle('五个一'));
    await user.click(await screen.findByRole('button', { name: '改 用' }));
    await waitFor(() => expect(archive.inputsOf('schemes.setForYear')).toEqual([{ year: 2026, schemeId: 2 }]));
    expect(await screen.findByText('2026年已改用“五个一”')).toBeInTheDocument();
  });

  it('shows the archive’s CONFLICT message when the year cannot switch', async () => {
    dutyArchive('conflict');
    const user = renderPage();
    await screen.findByRole('button', { name: '王建国 一次工作调研 1/1 已完成' });
    await user.click(screen.getByRole('combobox', { name: '年度履职方案' }));
    await user.click(await screen.findByTitle('五个一'));
    await user.click(await screen.findByRole('button', { name: '改 用' }));
    expect(
      await screen.findByText('2026年不能改用“五个一”', { selector: '.ant-modal-confirm-title' }),
    ).toBeInTheDocument();
    expect(screen.getByText(conflict)).toBeInTheDocument();
  });

  it('saves a scheme’s items whole, and keeps the archive’s refusal on screen', async () => {
    const archive = dutyArchive();
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: /编辑方案/ }));
    const editor = await titled('履职方案');
    await user.click(within(editor).getByRole('button', { name: '删去第2项' }));
    const label = within(editor).getByDisplayValue('一次工作调研');
    await user.clear(label);
    await user.type(label, '一次专题调研');
    await user.click(within(editor).getByRole('button', { name: '保存方案' }));

    await waitFor(() =>
      expect(archive.inputsOf('schemes.update')).toEqual([
        {
          id: 1,
          patch: {
            items: [
              {
                code: 'research',
                label: '一次专题调研',
                requiredCount: 1,
                creditActivityTypes: ['research'],
                creditKinds: [],
              },
            ],
          },
        },
      ]),
    );
    expect(await within(editor).findByText(strandedItem)).toBeInTheDocument();
    expect(within(editor).getByText('这次修改没有保存')).toBeInTheDocument();
  });
});
