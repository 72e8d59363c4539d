import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { ActivityForm } from '../../renderer/src/pages/activities/ActivityForm';
import type { Activity } from '../../shared/contract/activities';
import type { Member } from '../../shared/contract/members';
import { field, save, choose, saveAndClose } from '../helpers/formQueries';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive, memberRow } from './fakeTransport';

afterEach(() => setTransport(undefined));

const roster = [
  memberRow({ id: 1, name: '王建国', sector: '农业界' }),
  memberRow({ id: 2, name: '李红', sector: '农业界' }),
  memberRow({ id: 3, name: '赵六', sector: '经济界' }),
  memberRow({ id: 4, name: '孙七', sector: '教育界' }),
];

function activityRow(fields: Partial<Activity> & { id: number; title: string }): Activity {
  return {
    type: 'inspection',
    startsOn: '2026-05-14',
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
    createdAt: '2026-05-14T00:00:00.000Z',
    updatedAt: '2026-05-14T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

function archiveWith(members: Member[], saved: Activity) {
  return fakeArchive({
    'members.names': () => ({ ok: true, value: members }),
    'plan.list': () => ({ ok: true, value: [] }),
    'attachments.list': () => ({ ok: true, value: [] }),
    'activities.create': () => ({ ok: true, value: saved }),
    'activities.update': () => ({ ok: true, value: saved }),
    'activities.addParticipants': () => ({ ok: true, value: saved }),
    'activities.setAttendance': () => ({ ok: true, value: saved }),
  });
}

function renderForm(activity?: Activity) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  const { user } = renderInApp(
    <ActivityForm open year={2026} activity={activity} onClose={onClose} onSaved={onSaved} />,
  );
  return { onClose, onSaved, user };
}

/** Validation runs asynchronously; on a busy machine it can take longer than the default second. */
const slow = { timeout: 20_000 };
const sheetRow = (name: string) =>
  screen.getByRole('radiogroup', { name: `${name}的出勤` }).closest('tr') as HTMLElement;

describe('activity form', () => {
  it('shows the contract’s messages at the fields and sends nothing while they stand', async () => {
    const archive = archiveWith(roster, activityRow({ id: 1, title: 'x' }));
    const { user } = renderForm();
    await user.click(save());
    expect(await screen.findByText('请选择有效的活动类型', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('请填写活动名称')).toBeInTheDocument();
    expect(screen.getByText('日期无效，请按 2026-05-14 的格式填写真实存在的日期')).toBeInTheDocument();

    await user.type(field('日期'), '2026-05-14');
    await user.type(field('结束日期'), '2026-05-10');
    await user.type(field('开始时间'), '25:00');
    await user.click(field('地点'));
    expect(await screen.findByText('结束日期不能早于开始日期', {}, slow)).toBeInTheDocument();
    expect(await screen.findByText('时间格式应为 时:分，如 09:30', {}, slow)).toBeInTheDocument();

    await user.click(screen.getByText('形成了调研报告'));
    await user.click(save());
    expect(await screen.findByText('请填写调研报告名称', {}, slow)).toBeInTheDocument();
    expect(archive.inputsOf('activities.create')).toEqual([]);
  });

  it('asks a reason for 请假 and then creates the activity with its sheet in one call', async () => {
    const archive = archiveWith(roster, activityRow({ id: 5, title: '视察农村人居环境' }));
    const { user, onClose, onSaved } = renderForm();
    await waitFor(() => expect(field('活动名称')).toHaveFocus());
    await choose(user, '活动类型', '视察');
    await user.type(field('活动名称'), ' 视察农村人居环境 ');
    await user.type(field('日期'), '2026.5.14');
    await user.type(field('开始时间'), '9:00');
    await user.type(field('地点'), '东湖村');
    await user.type(field('责任人'), '张组长');

    await choose(user, '按界别添加', '农业界（2人）');
    await user.click(within(sheetRow('李红')).getByText('请假'));
    await user.click(save());
    expect(await screen.findByText('请填写请假事由')).toBeInTheDocument();
    expect(archive.inputsOf('activities.create')).toEqual([]);

    await user.type(field('李红的请假事由'), '外出开会');
    await saveAndClose(user, onClose);
    expect(archive.inputsOf('activities.create')).toEqual([
      expect.objectContaining({
        type: 'inspection',
        title: '视察农村人居环境',
        startsOn: '2026-05-14',
        startTime: '09:00',
        endsOn: null,
        place: '东湖村',
        responsible: '张组长',
        status: 'held',
        collective: true,
        suggestionsCount: 0,
        reportTitle: null,
        planItemId: null,
        participants: [
          { memberId: 1, attendance: 'present', leaveReason: null, role: null },
          { memberId: 2, attendance: 'excused', leaveReason: '外出开会', role: null },
        ],
      }),
    ]);
    expect(onSaved).toHaveBeenCalled();
    expect(archive.calls.map((c) => c.method)).not.toContain('activities.setAttendance');
    expect(await screen.findByText('已添加活动“视察农村人居环境”')).toBeInTheDocument();
  });

  it('saves an edit as the changed fields, newcomers by addParticipants and changed attendance by setAttendance', async () => {
    const before = activityRow({
      id: 9,
      title: '企业家季谈会',
      participants: [
        { memberId: 1, memberName: '王建国', attendance: 'present', leaveReason: null, role: null },
        { memberId: 2, memberName: '李红', attendance: 'absent', leaveReason: null, role: null },
      ],
    });
    const archive = archiveWith(roster, before);
    const { user, onClose } = renderForm(before);
    await user.type(field('地点'), '镇会议室');
    await user.click(await screen.findByRole('button', { name: /添加全部在任委员（2人）/ }));
    await user.click(within(sheetRow('李红')).getByText('请假'));
    await user.type(field('李红的请假事由'), '生病');
    await user.click(within(sheetRow('孙七')).getByText('缺席'));
    await saveAndClose(user, onClose);

    const writes = archive.calls.filter((c) => c.method.startsWith('activities.'));
    expect(writes).toEqual([
      { method: 'activities.update', input: { id: 9, patch: { place: '镇会议室' } } },
      { method: 'activities.addParticipants', input: { activityId: 9, memberIds: [3], attendance: 'present' } },
      { method: 'activities.addParticipants', input: { activityId: 9, memberIds: [4], attendance: 'absent' } },
      {
        method: 'activities.setAttendance',
        input: { activityId: 9, memberId: 2, attendance: 'excused', leaveReason: '生病' },
      },
    ]);
  });

  it('replaces the whole sheet when a member is taken off it', async () => {
    const before = activityRow({
      id: 9,
      title: '专题学习',
      participants: [
        { memberId: 1, memberName: '王建国', attendance: 'present', leaveReason: null, role: '主讲' },
        { memberId: 2, memberName: '李红', attendance: 'present', leaveReason: null, role: null },
      ],
    });
    const archive = archiveWith(roster, before);
    const { user, onClose } = renderForm(before);
    await user.click(await screen.findByRole('button', { name: '移除李红' }));
    await saveAndClose(user, onClose);
    expect(archive.calls.filter((c) => c.method.startsWith('activities.'))).toEqual([
      {
        method: 'activities.update',
        input: {
          id: 9,
          patch: { participants: [{ memberId: 1, attendance: 'present', leaveReason: null, role: '主讲' }] },
        },
      },
    ]);
  });

  it('asks before closing a changed form, and closes an unchanged one at once', async () => {
    archiveWith(roster, activityRow({ id: 1, title: 'x' }));
    const { user, onClose } = renderForm();
    await user.click(screen.getByRole('button', { name: '取 消' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    await user.click(await screen.findByRole('button', { name: /添加全部在任委员/ }));
    await user.keyboard('{Escape}');
    expect(await screen.findByText('放弃未保存的修改？', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '放弃修改' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
