import { Form } from 'antd';
import type { Proposal } from '../../../../shared/contract/proposals';
import { proposalCreate } from '../../../../shared/contract/proposals';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useEntityForm } from '../../forms/useEntityForm';
import { zodRules } from '../../forms/zodRule';
import { ProposalFields } from './ProposalFields';
import {
  newProposalValues,
  proposalToValues,
  proposalValuesToInput,
  type ProposalFormValues,
} from './proposalFormValues';
import { useMemberOptions } from '../../members/useMemberOptions';
import { useProposals } from './useProposals';

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
  const [form] = Form.useForm<ProposalFormValues>();
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
  const entity = useEntityForm({
    open,
    form,
    record: proposal,
    initial,
    toInput,
    save,
    savedMessage: (p) => (proposal ? `已保存提案“${p.title}”` : `已添加提案“${p.title}”`),
    onClose,
  });

  return (
    <EntityDrawer
      name="proposal"
      open={open}
      title={proposal ? `编辑提案：${proposal.title}` : `添加${year}年提案`}
      size={760}
      entity={entity}
      form={form}
      initialValues={initial}
    >
      <ProposalFields form={form} rule={rule} members={members} />
    </EntityDrawer>
  );
}
