import { Form } from 'antd';
import type { Member } from '../../../../shared/contract/members';
import { memberCreate } from '../../../../shared/contract/members';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useEntityForm } from '../../forms/useEntityForm';
import { zodRules } from '../../forms/zodRule';
import { MemberFields } from './MemberFields';
import { memberToValues, newMemberValues, valuesToInput, type MemberFormValues } from './memberFormValues';
import { useMembers } from './useMembers';

const rule = zodRules(memberCreate, valuesToInput);

interface Props {
  open: boolean;
  /** The member to edit; none to add a new one. */
  member?: Member;
  onClose(): void;
}

/**
 * Add or edit one member in a drawer. Enter saves (the save button is the form's submit button),
 * Esc or 取消 closes, asking first when something was changed.
 */
export function MemberForm({ open, member, onClose }: Props) {
  const [form] = Form.useForm<MemberFormValues>();
  const { sectors, save } = useMembers();
  const initial = member ? memberToValues(member) : newMemberValues;
  const entity = useEntityForm({
    open,
    form,
    record: member,
    initial,
    toInput: valuesToInput,
    save,
    savedMessage: (m) => (member ? `已保存 ${m.name} 的修改` : `已添加委员 ${m.name}`),
    onClose,
  });

  return (
    <EntityDrawer
      name="member"
      open={open}
      title={member ? `编辑委员：${member.name}` : '添加委员'}
      size={720}
      entity={entity}
      form={form}
      initialValues={initial}
    >
      <MemberFields rule={rule} sectors={sectors} />
    </EntityDrawer>
  );
}
