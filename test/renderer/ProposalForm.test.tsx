import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { ProposalForm } from '../../renderer/src/pages/proposals/ProposalForm';
import { field, save, itemOf, choose, saveAndClose } from '../helpers/formQueries';
import { memberRow } from './fakeTransport';
import { recordFormKit } from './formHarness';

afterEach(() => setTransport(undefined));

const roster = [
  memberRow({ id: 1, name: '王建国', nameInitials: 'wjg' }),
  memberRow({ id: 2, name: '李红', nameInitials: 'lh' }),
  memberRow({ id: 3, name: '赵六', nameInitials: 'zl' }),
];

const proposals = recordFormKit(
  'proposals',
  roster,
  {
    year: 2026,
    session: null,
    number: null,
    category: null,
    content: null,
    leadMemberId: null,
    leadMemberName: null,
    cosigners: [],
    submittedOn: null,
    filing: 'pending',
    mainUnit: null,
    assistUnits: null,
    replyOn: null,
    result: null,
    satisfaction: null,
    notes: null,
  },
  (proposal, onClose) => <ProposalForm open year={2026} proposal={proposal} onClose={onClose} />,
);
const { row: proposalRow, archiveWith, renderForm } = proposals;

describe('proposal form', () => {
  it('shows the contract’s messages at the fields and sends nothing while they stand', async () => {
    const archive = await proposals.saveNew((user) => user.type(field('提交日期'), '2026-02-30'));
    expect(await within(itemOf('案由（标题）')).findByText('请填写提案案由')).toBeInTheDocument();
    expect(
      await within(itemOf('提交日期')).findByText('日期无效，请按 2026-05-14 的格式填写真实存在的日期'),
    ).toBeInTheDocument();
    expect(archive.inputsOf('proposals.create')).toEqual([]);
  });

  it('finds members by pinyin initials, keeps the lead out of the co-signers and creates the proposal', async () => {
    const archive = archiveWith(proposalRow({ id: 9, title: '关于农村饮用水安全的建议' }));
    const { user, onClose } = renderForm();
    await waitFor(() => expect(field('案由（标题）')).toHaveFocus());
    await user.type(field('案由（标题）'), ' 关于农村饮用水安全的建议 ');
    await user.type(field('会议届次'), '三届四次会议');

    await user.click(field('联名委员'));
    await user.type(field('联名委员'), 'wjg');
    await waitFor(() => expect(screen.queryByTitle('李红')).toBeNull());
    await user.click(await screen.findByTitle('王建国'));
    await user.type(field('联名委员'), 'lh');
    await user.click(await screen.findByTitle('李红'));

    // Taking 王建国 as lead drops him from the co-signers.
    await user.click(field('领衔委员'));
    await user.type(field('领衔委员'), 'wjg');
    await user.click((await screen.findAllByTitle('王建国')).at(-1)!);

    await user.type(field('提交日期'), '2026.1.10');
    await user.click(within(itemOf('立案情况')).getByText('立案'));
    await user.type(field('主办单位'), '区水利局');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('proposals.create')).toEqual([
      expect.objectContaining({
        year: 2026,
        title: '关于农村饮用水安全的建议',
        session: '三届四次会议',
        leadMemberId: 1,
        cosignerIds: [2],
        submittedOn: '2026-01-10',
        filing: 'accepted',
        mainUnit: '区水利局',
        result: null,
        number: null,
      }),
    ]);
    expect(await screen.findByText('已添加提案“关于农村饮用水安全的建议”')).toBeInTheDocument();
  });

  it('records the reply by sending only the changed fields', async () => {
    const stored = proposalRow({
      id: 4,
      title: '关于完善养老服务的建议',
      leadMemberId: 2,
      leadMemberName: '李红',
      cosigners: [{ memberId: 3, name: '赵六' }],
      filing: 'accepted',
    });
    const archive = archiveWith(stored);
    const { user, onClose } = renderForm(stored);
    await user.type(field('答复日期'), '2026年6月30日');
    await choose(user, '办理结果', 'B 正在解决或列入计划');
    await choose(user, '委员满意度', '基本满意');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('proposals.update')).toEqual([
      { id: 4, patch: { replyOn: '2026-06-30', result: 'B', satisfaction: 'basically' } },
    ]);
  });

  it('shows, as the archive would, that a proposal not accepted has no result or satisfaction', async () => {
    const stored = proposalRow({
      id: 5,
      title: '关于修缮村道的提案',
      filing: 'accepted',
      replyOn: '2026-06-30',
      result: 'B',
      satisfaction: 'satisfied',
    });
    const archive = archiveWith(stored);
    const { user, onClose } = renderForm(stored);
    await user.click(screen.getByText('不立案', { selector: 'span' }));
    expect(await screen.findByText('不立案的提案没有承办单位的答复，不能填写答复日期')).toBeInTheDocument();
    await user.click(save());
    expect(archive.inputsOf('proposals.update')).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
    // Emptying the handling fields clears the message and lets it save.
    await user.clear(field('答复日期'));
    await user.tab();
    await waitFor(() => expect(screen.queryByText(/不能填写答复日期/)).toBeNull());
    expect(await screen.findByText('不立案的提案没有承办单位的答复，不能填写办理结果')).toBeInTheDocument();
  });

  it('asks before closing a changed form', async () => {
    archiveWith(proposalRow({ id: 1, title: 'x' }));
    const { user, onClose } = renderForm();
    await user.type(field('案由（标题）'), '关于');
    await user.keyboard('{Escape}');
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '放弃修改' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
