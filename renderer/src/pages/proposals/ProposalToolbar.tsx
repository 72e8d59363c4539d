import { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { AddButton } from '../../lists/AddButton';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { useProposals } from './useProposals';

const filingOptions = ProposalFiling.codes.map((c) => ({ value: c, label: ProposalFiling.label(c) }));
const resultOptions = ProposalResult.codes.map((c) => ({ value: c, label: ProposalResult.label(c) }));

/** Search box, 立案情况 and 办理结果 filters, and the add button above the proposals. */
export function ProposalToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useProposals();
  return (
    <ListToolbar searchLabel="搜索提案" placeholder="案由、编号、内容或承办单位" q={filters.q} onSearch={search}>
      <FilterSelect
        label="立案情况"
        value={filters.filing}
        options={filingOptions}
        onChange={(filing) => filter({ filing })}
        width={130}
      />
      <FilterSelect
        label="办理结果"
        value={filters.result}
        options={resultOptions}
        onChange={(result) => filter({ result })}
        width={200}
      />
      <AddButton onClick={onAdd}>添加提案</AddButton>
    </ListToolbar>
  );
}
