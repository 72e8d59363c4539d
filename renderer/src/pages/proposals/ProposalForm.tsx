import type { Proposal } from '../../../../shared/contract/proposals';
import { proposalCreate } from '../../../../shared/contract/proposals';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useRecordForm } from '../../forms/useRecordForm';
import { ProposalFields } from './ProposalFields';
import { newProposalValues, proposalToValues, proposalValuesToInput } from './proposalFormValues';
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
  const save = useProposals((s) => s.save);
  const named = proposal
    ? [
        ...(proposal.leadMemberId ? [{ memberId: proposal.leadMemberId, name: proposal.leadMemberName ?? '' }] : []),
        ...proposal.cosigners,
      ]
    : [];
  const members = useMemberOptions(named);
  const { form, rule, drawer } = useRecordForm({
    open,
    year,
    record: proposal,
    schema: proposalCreate,
    toValues: proposalToValues,
    newValues: newProposalValues,
    valuesToInput: proposalValuesToInput,
    save,
    savedMessage: (p) => (proposal ? `已保存提案“${p.title}”` : `已添加提案“${p.title}”`),
    onClose,
  });

  return (
    <EntityDrawer name="proposal" title={proposal ? `编辑提案：${proposal.title}` : `添加${year}年提案`} {...drawer}>
      <ProposalFields form={form} rule={rule} members={members} />
    </EntityDrawer>
  );
}
