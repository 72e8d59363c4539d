import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { DeedForm } from '../../renderer/src/pages/deeds/DeedForm';
import { field, itemOf, saveAndClose } from '../helpers/formQueries';
import { memberRow } from './fakeTransport';
import { recordFormKit } from './formHarness';

afterEach(() => setTransport(undefined));

const roster = [
  memberRow({ id: 1, name: '王建国', nameInitials: 'wjg' }),
  memberRow({ id: 2, name: '李红', nameInitials: 'lh' }),
];

const deeds = recordFormKit(
  'deeds',
  roster,
  { memberId: null, memberName: null, year: 2026, happenedOn: null, content: null, source: null },
  (deed, onClose) => <DeedForm open year={2026} deed={deed} onClose={onClose} />,
);
const { row: deedRow, archiveWith, renderForm } = deeds;

describe('exemplary deed form', () => {
  it('shows the contract’s messages at the fields and sends nothing while they stand', async () => {
    const archive = await deeds.saveNew((user) => user.type(field('日期'), '2026-13-01'));
    expect(await within(itemOf('标题')).findByText('请填写事迹标题')).toBeInTheDocument();
    expect(within(itemOf('日期')).getByText('日期无效，请按 2026-05-14 的格式填写真实存在的日期')).toBeInTheDocument();
    expect(archive.inputsOf('deeds.create')).toEqual([]);
  });

  it('saves with Ctrl+Enter from the story, with the member, the date and the text as typed', async () => {
    const archive = archiveWith(deedRow({ id: 3, title: '捐资助学二十年' }));
    const { user, onClose } = renderForm();
    await user.type(field('标题'), '捐资助学二十年');
    await user.click(field('委员'));
    await user.type(field('委员'), 'lh');
    await user.click(await screen.findByTitle('李红'));
    await user.type(field('日期'), '2026年5月4日');
    await user.type(field('事迹内容'), '第一段。{Enter}{Enter}第二段。');
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(archive.inputsOf('deeds.create')).toEqual([
      {
        year: 2026,
        memberId: 2,
        title: '捐资助学二十年',
        happenedOn: '2026-05-04',
        source: null,
        content: '第一段。\n\n第二段。',
      },
    ]);
  });

  it('sends only what changed, and asks before an edit is thrown away', async () => {
    const stored = deedRow({ id: 5, title: '抗洪救灾', memberId: 1, memberName: '王建国', content: '原文' });
    const archive = archiveWith(stored);
    const { user, onClose } = renderForm(stored);
    await user.type(field('来源'), '区融媒体中心');
    await user.keyboard('{Escape}');
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续填写' }));
    expect(onClose).not.toHaveBeenCalled();
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('deeds.update')).toEqual([{ id: 5, patch: { source: '区融媒体中心' } }]);
  });
});
