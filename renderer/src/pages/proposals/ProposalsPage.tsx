import type { Proposal } from '../../../../shared/contract/proposals';
import { call } from '../../api/client';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { ProposalForm } from './ProposalForm';
import { ProposalTable } from './ProposalTable';
import { ProposalToolbar } from './ProposalToolbar';
import { useProposals } from './useProposals';

/** 提案: the year's proposals, from drafting through 立案 to the reply and the member's satisfaction. */
export function ProposalsPage() {
  const year = useYear();
  const page = useRecordList<Proposal>(useProposals(), {
    section: 'proposals',
    read: (id) => call('proposals.get', { id }),
    year,
    what: '提案',
    kind: 'proposal',
  });
  return (
    <RecordListPage
      page={page}
      title="提案"
      toolbar={<ProposalToolbar onAdd={() => page.openForm()} />}
      empty={{
        description: `${year}年还没有登记提案。委员提交提案后在这里登记，立案和答复情况可以随后补充。`,
        addLabel: '登记第一件提案',
      }}
      list={<ProposalTable rows={page.rows} />}
      form={(slot) => <ProposalForm open={slot.open} year={year} proposal={slot.record} onClose={slot.onClose} />}
    />
  );
}
