import { App, Button, Drawer, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { Member } from '../../../../shared/contract/members';
import { memberCreate } from '../../../../shared/contract/members';
import { showFailure } from '../../api/showFailure';
import { zodRules } from '../../forms/zodRule';
import { MemberFields } from './MemberFields';
import {
  changedFields,
  memberToValues,
  newMemberValues,
  valuesToInput,
  type MemberFormValues,
} from './memberFormValues';
import { useMembers } from './useMembers';

const FORM_ID = 'member-form';
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
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const [saving, setSaving] = useState(false);
  const { sectors, save } = useMembers();
  const initial = member ? memberToValues(member) : newMemberValues;

  const changes = () => changedFields(valuesToInput(initial), valuesToInput(form.getFieldsValue(true)));

  async function requestClose() {
    if (Object.keys(changes()).length === 0) return onClose();
    const discard = await modal.confirm({
      title: '放弃未保存的修改？',
      content: '关闭后，这次填写的内容不会保存。',
      okText: '放弃修改',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
    });
    if (discard) onClose();
  }

  async function submit(values: MemberFormValues) {
    if (member && Object.keys(changes()).length === 0) return onClose();
    setSaving(true);
    const input = valuesToInput({ ...initial, ...values });
    const r = await save(input, member && { id: member.id, input: valuesToInput(initial) });
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form, pathPrefix: member ? 'patch.' : '' });
    message.success(member ? `已保存 ${r.value.name} 的修改` : `已添加委员 ${r.value.name}`);
    onClose();
  }

  return (
    <Drawer
      open={open}
      title={member ? `编辑委员：${member.name}` : '添加委员'}
      size={720}
      onClose={requestClose}
      // 姓名 takes the focus (autoFocus), not the drawer's panel.
      autoFocus={false}
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">按 Enter 保存，Esc 取消</Typography.Text>
          <Flex gap={8}>
            <Button onClick={requestClose}>取消</Button>
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
              保存
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<MemberFormValues>
        id={FORM_ID}
        name="member"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        scrollToFirstError
      >
        <MemberFields rule={rule} sectors={sectors} />
      </Form>
    </Drawer>
  );
}
