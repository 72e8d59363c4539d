import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JielongModal } from '../../renderer/src/pages/activities/jielong/JielongModal';
import { renderInApp } from '../helpers/renderInApp';
import { realArchive, type RealArchive } from './realArchive';

let t: RealArchive;
let activityId: number;
const ids: Record<string, number> = {};
beforeEach(async () => {
  t = await realArchive();
  for (const name of ['张三', '李四', '王建国', '王建军']) ids[name] = (await t.must('members.create', { name })).id;
  activityId = (await t.must('activities.create', { type: 'inspection', title: '视察华屏苑', startsOn: '2026-05-14' }))
    .id;
});
afterEach(() => t.close());

function renderModal() {
  const onApplied = vi.fn();
  const onClose = vi.fn();
  const { user } = renderInApp(
    <JielongModal activity={{ id: activityId, title: '视察华屏苑' }} onApplied={onApplied} onClose={onClose} />,
  );
  return { user, onApplied, onClose };
}

const paste = '#接龙\n5月14日视察华屏苑\n1. 张三\n2、李四 请假（出差）\n3. 王建囯\n4. 刘某某';

describe('粘贴接龙', () => {
  it('reads the paste with Ctrl+Enter, asks for the typo’s member, and writes only after 确认写入', async () => {
    const { user, onApplied, onClose } = renderModal();
    const box = screen.getByRole('textbox', { name: '接龙内容' });
    expect(box).toHaveFocus();
    await user.click(box);
    await user.paste(paste);
    await user.keyboard('{Control>}{Enter}{/Control}');

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('出席 1，请假 1，未识别 2');
    expect(status).toHaveTextContent('其中 1 个姓名请在下表选择对应的委员');
    expect(screen.getByText('刘某某：名册中没有此人，不写入')).toBeInTheDocument();
    expect(screen.getByText('出差')).toBeInTheDocument();
    expect(t.inputsOf('attendance.applyJielong')).toEqual([]);

    await user.click(screen.getByRole('combobox', { name: '为“王建囯”选择委员' }));
    await user.click(await screen.findByTitle('王建国（同音、一字之差）'));
    expect(screen.getByRole('status')).toHaveTextContent('出席 2，请假 1，未识别 1');

    await user.click(screen.getByRole('button', { name: '确认写入' }));
    expect(await screen.findByText('已按接龙写入出勤：新增 3 人，修改 0 人')).toBeInTheDocument();
    expect(onApplied).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalled();
    const sheet = (await t.must('activities.get', { id: activityId })).participants;
    expect(sheet.map((p) => [p.memberId, p.attendance, p.leaveReason]).sort()).toEqual(
      [
        [ids['张三'], 'present', null],
        [ids['李四'], 'excused', '出差'],
        [ids['王建国'], 'present', null],
      ].sort(),
    );
  });

  it('shows what is already on the sheet as 不变 and the archive’s refusal in Chinese', async () => {
    await t.must('activities.setAttendance', { activityId, memberId: ids['张三'], attendance: 'present' });
    await t.must('activities.setAttendance', { activityId, memberId: ids['李四'], attendance: 'present' });
    const { user } = renderModal();
    await user.click(screen.getByRole('textbox', { name: '接龙内容' }));
    await user.paste('1. 张三\n2. 李四 请假');
    await user.click(screen.getByRole('button', { name: '识别接龙' }));
    const rows = await screen.findAllByRole('row');
    const byName = (name: string) => rows.find((r) => within(r).queryByText(name))!;
    expect(within(byName('1. 张三')).getByText('不变')).toBeInTheDocument();
    expect(within(byName('2. 李四 请假')).getByText('修改（原为出席）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '返回修改' }));
    const box = screen.getByRole('textbox', { name: '接龙内容' });
    await user.clear(box);
    await user.type(box, '请大家准时参加');
    // The spinner of the first reading may still be leaving (no animation frames here): match the end.
    await user.click(screen.getByRole('button', { name: /识别接龙$/ }));
    expect(await screen.findByText(/没有找到带编号的接龙行/)).toBeInTheDocument();
    await waitFor(() => expect(t.inputsOf('attendance.previewJielong')).toHaveLength(2));
  });
});
