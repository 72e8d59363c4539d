import { Row } from 'antd';
import type { Deed } from '../../../../shared/contract/deeds';
import { deedFields } from '../../../../shared/contract/deeds';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useRecordForm } from '../../forms/useRecordForm';
import { formCells } from '../../forms/formCells';
import { BodyEditor } from '../../forms/BodyEditor';
import { MemberSelect } from '../../members/MemberSelect';
import { useMemberOptions } from '../../members/useMemberOptions';
import { deedToValues, deedValuesToInput, newDeedValues } from './deedFormValues';
import { useDeeds } from './useDeeds';

interface Props {
  open: boolean;
  year: number;
  /** The deed to edit; none to add a new one. */
  deed?: Deed;
  onClose(): void;
}

/**
 * Add or edit one 先进事迹 in a drawer. Enter saves from a one-line field, Ctrl+Enter from the
 * story; Esc or 取消 closes, asking first when something was changed.
 */
export function DeedForm({ open, year, deed, onClose }: Props) {
  const save = useDeeds((s) => s.save);
  const members = useMemberOptions(deed?.memberId ? [{ memberId: deed.memberId, name: deed.memberName ?? '' }] : []);
  const { form, rule, drawer } = useRecordForm({
    open,
    year,
    record: deed,
    schema: deedFields,
    toValues: deedToValues,
    newValues: newDeedValues,
    valuesToInput: deedValuesToInput,
    save,
    savedMessage: (d) => (deed ? `已保存先进事迹“${d.title}”` : `已添加先进事迹“${d.title}”`),
    onClose,
  });
  const cell = formCells(rule);

  return (
    <EntityDrawer
      name="deed"
      title={deed ? `编辑先进事迹：${deed.title}` : `添加${year}年先进事迹`}
      {...drawer}
      hint="按 Enter 保存（正文中按 Ctrl+Enter），Esc 取消"
    >
      <Row gutter={16}>
        {cell.text('title', {
          label: '标题',
          required: true,
          input: { autoFocus: true, maxLength: 200, placeholder: '如 王建国委员捐资助学二十年' },
        })}
        {cell.field(
          'memberId',
          { label: '委员', span: 12, extra: '不选则为联络组集体事迹' },
          <MemberSelect options={members} placeholder="输入姓名或拼音首字母" />,
        )}
        {cell.date('happenedOn', { label: '日期', span: 12, placeholder: '如 2026-05-14' })}
        {cell.text('source', { label: '来源', placeholder: '报道或推荐的出处，如 区融媒体中心' })}
        {cell.field(
          'content',
          { label: '事迹内容' },
          <BodyEditor onSubmit={() => form.submit()} placeholder="事迹经过与成效，可分段书写" />,
        )}
      </Row>
    </EntityDrawer>
  );
}
