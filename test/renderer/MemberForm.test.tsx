import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { MemberForm } from '../../renderer/src/pages/members/MemberForm';
import type { Member } from '../../shared/contract/members';
import { field, saveAndClose } from '../helpers/formQueries';
import { fakeArchive, memberRow } from './fakeTransport';
import { renderFormInApp } from './formHarness';

afterEach(() => setTransport(undefined));

const renderForm = (member?: Member) =>
  renderFormInApp((onClose) => <MemberForm open member={member} onClose={onClose} />);

describe('member form', () => {
  it('shows the archive’s Chinese messages at the fields and does not call the archive', async () => {
    const archive = fakeArchive();
    const { user } = renderForm();
    await user.type(field('手机号'), '12345');
    await user.click(screen.getByRole('button', { name: '保 存' }));
    expect(await screen.findByText('请填写姓名')).toBeInTheDocument();
    expect(await screen.findByText(/电话号码格式不正确/)).toBeInTheDocument();
    expect(archive.inputsOf('members.create')).toEqual([]);
  });

  it('creates the member with what was typed, blanks as null and dates written the archive’s way', async () => {
    const archive = fakeArchive({
      'members.create': (input) => ({ ok: true, value: memberRow({ id: 1, name: input.name }) }),
    });
    const { user, onClose } = renderForm();
    await waitFor(() => expect(field('姓名')).toHaveFocus());
    await user.type(field('姓名'), '  王建国 ');
    await user.click(screen.getByText('女'));
    await user.type(field('出生年月'), '1970.5');
    await user.type(field('界别'), '农业界');
    await user.click(screen.getByRole('checkbox', { name: '市政协' }));
    await user.type(field('手机号'), '13912345678');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('members.create')).toEqual([
      expect.objectContaining({
        name: '王建国',
        gender: 'female',
        birthDate: '1970-05',
        sector: '农业界',
        committeeLevels: ['county', 'city'],
        phone: '13912345678',
        position: 'member',
        groupRole: 'none',
        status: 'active',
        workUnit: null,
        notes: null,
      }),
    ]);
    expect(await screen.findByText('已添加委员 王建国')).toBeInTheDocument();
  });

  it('puts the archive’s field errors under their fields when it refuses the input', async () => {
    fakeArchive({
      'members.update': () => ({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: '输入有误：身份证号码无效（应为 18 位，且校验位正确）',
          fields: [{ path: 'patch.idNumber', message: '身份证号码无效（应为 18 位，且校验位正确）' }],
        },
      }),
    });
    const { user, onClose } = renderForm(memberRow({ id: 7, name: '李红' }));
    await user.type(field('单位及职务'), 'XX公司 经理');
    await user.click(screen.getByRole('button', { name: '保 存' }));
    const item = field('身份证号').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(item).toHaveClass('ant-form-item-has-error'));
    expect(await within(item).findByText('身份证号码无效（应为 18 位，且校验位正确）')).toBeInTheDocument();
    expect(await screen.findByText(/^输入有误：身份证号码无效/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sends only the changed fields when editing', async () => {
    const archive = fakeArchive({
      'members.update': ({ id }) => ({ ok: true, value: memberRow({ id, name: '李红' }) }),
    });
    const { user, onClose } = renderForm(memberRow({ id: 7, name: '李红', phone: '13800138000', sector: '经济界' }));
    expect(field('手机号')).toHaveValue('13800138000');
    await user.clear(field('界别'));
    await user.type(field('单位及职务'), 'XX公司 经理');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('members.update')).toEqual([{ id: 7, patch: { sector: null, workUnit: 'XX公司 经理' } }]);
  });

  it('asks before closing a changed form, and closes an unchanged one at once', async () => {
    fakeArchive();
    const { user, onClose } = renderForm();
    await user.click(screen.getByRole('button', { name: '取 消' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.type(field('姓名'), '赵六');
    await user.keyboard('{Escape}');
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '放弃修改' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
