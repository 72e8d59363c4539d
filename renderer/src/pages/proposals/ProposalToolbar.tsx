import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { useProposals } from './useProposals';

const filingOptions = ProposalFiling.codes.map((c) => ({ value: c, label: ProposalFiling.label(c) }));
const resultOptions = ProposalResult.codes.map((c) => ({ value: c, label: ProposalResult.label(c) }));

/** Search box, 立案情况 and 办理结果 filters, and the add button above the proposals. */
export function ProposalToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useProposals();
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label="搜索提案"
        placeholder="案由、编号、内容或承办单位"
        prefix={<SearchOutlined />}
        allowClear
        value={filters.q}
        onChange={(e) => search(e.target.value)}
        style={{ width: 240 }}
      />
      <Select
        aria-label="立案情况"
        placeholder="立案情况"
        allowClear
        value={filters.filing}
        options={filingOptions}
        onChange={(filing?: ProposalFiling) => filter({ filing })}
        style={{ width: 130 }}
      />
      <Select
        aria-label="办理结果"
        placeholder="办理结果"
        allowClear
        value={filters.result}
        options={resultOptions}
        onChange={(result?: ProposalResult) => filter({ result })}
        style={{ width: 200 }}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} style={{ marginInlineStart: 'auto' }}>
        添加提案
      </Button>
    </Flex>
  );
}
