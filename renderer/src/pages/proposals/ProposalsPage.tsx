import { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { ProposalForm } from './ProposalForm';
import { ProposalTable } from './ProposalTable';
import { useProposals } from './useProposals';

/** 提案: the year's proposals, from drafting through 立案 to the reply and the member's satisfaction. */
export function ProposalsPage() {
  const year = useYear();
  const page = useRecordList(useProposals(), 'proposals', { year });
  return (
    <RecordListPage
      page={page}
      toolbar={{
        placeholder: '案由、编号、内容或承办单位',
        choices: [
          { key: 'filing', label: '立案情况', options: choices(ProposalFiling), width: 130 },
          { key: 'result', label: '办理结果', options: choices(ProposalResult), width: 200 },
        ],
        add: '添加提案',
      }}
      empty={{
        description: `${year}年还没有登记提案。委员提交提案后在这里登记，立案和答复情况可以随后补充。`,
        addLabel: '登记第一件提案',
      }}
      list={<ProposalTable rows={page.rows} />}
      form={(slot) => <ProposalForm open={slot.open} year={year} proposal={slot.record} onClose={slot.onClose} />}
    />
  );
}
