import { App, Button, Drawer, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { Proposal } from '../../../../shared/contract/proposals';
import { proposalCreate } from '../../../../shared/contract/proposals';
import { showFailure } from '../../api/showFailure';
import { changedFields } from '../../forms/changedFields';
import { useConfirmDiscard } from '../../forms/useConfirmDiscard';
import { zodRules } from '../../forms/zodRule';
import { ProposalFields } from './ProposalFields';
import {
  newProposalValues,
  proposalToValues,
  proposalValuesToInput,
  type ProposalFormValues,
} from './proposalFormValues';
import { useMemberOptions } from './useMemberOptions';
import { useProposals } from './useProposals';

const FORM_ID = 'proposal-form';

interface Props {
  open: boolean;
  year: number;
  /** The proposal to edit; none to add a new one. */
  proposal?: Proposal;
  onClose(): void;
}

/**
 * Add or edit one proposal through its whole life, in a drawer. Enter saves (the save button is
 * the form's submit button), Esc or 取消 closes, asking first when something was changed.
 */
export function ProposalForm({ open, year, proposal, onClose }: Props) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const [form] = Form.useForm<ProposalFormValues>();
  const [saving, setSaving] = useState(false);
  const save = useProposals((s) => s.save);
  const named = proposal
    ? [
        ...(proposal.leadMemberId ? [{ memberId: proposal.leadMemberId, name: proposal.leadMemberName ?? '' }] : []),
        ...proposal.cosigners,
      ]
    : [];
  const members = useMemberOptions(named);
  const initial = proposal ? proposalToValues(proposal) : newProposalValues;
  const toInput = (v: ProposalFormValues) => proposalValuesToInput(proposal?.year ?? year, v);
  const rule = zodRules(proposalCreate, toInput);

  const changes = () => changedFields(toInput(initial), toInput(form.getFieldsValue(true) as ProposalFormValues));

  async function requestClose() {
    if (await mayClose(Object.keys(changes()).length > 0)) onClose();
  }

  async function submit() {
    if (proposal && Object.keys(changes()).length === 0) return onClose();
    setSaving(true);
    const input = toInput(form.getFieldsValue(true) as ProposalFormValues);
    const r = await save(input, proposal && { id: proposal.id, input: toInput(initial) });
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form, pathPrefix: proposal ? 'patch.' : '' });
    message.success(proposal ? `已保存提案“${r.value.title}”` : `已添加提案“${r.value.title}”`);
    onClose();
  }

  return (
    <Drawer
      open={open}
      title={proposal ? `编辑提案：${proposal.title}` : `添加${year}年提案`}
      size={760}
      onClose={requestClose}
      // 案由 takes the focus (autoFocus), not the drawer's panel.
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
      <Form<ProposalFormValues>
        id={FORM_ID}
        name="proposal"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        scrollToFirstError
      >
        <ProposalFields form={form} rule={rule} members={members} />
      </Form>
    </Drawer>
  );
}
