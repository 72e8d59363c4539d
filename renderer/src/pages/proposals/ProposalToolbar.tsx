import { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { AddButton } from '../../lists/AddButton';
import { ListToolbar } from '../../lists/ListToolbar';
import { useProposals } from './useProposals';

/** Search box, 立案情况 and 办理结果 filters, and the add button above the proposals. */
export function ProposalToolbar({ onAdd }: { onAdd(): void }) {
  return (
    <ListToolbar
      list={useProposals()}
      searchLabel="搜索提案"
      placeholder="案由、编号、内容或承办单位"
      choices={[
        { key: 'filing', label: '立案情况', options: choices(ProposalFiling), width: 130 },
        { key: 'result', label: '办理结果', options: choices(ProposalResult), width: 200 },
      ]}
    >
      <AddButton onClick={onAdd}>添加提案</AddButton>
    </ListToolbar>
  );
}
