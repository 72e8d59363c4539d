import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';

interface Props {
  year: number;
  /** True when the year has proposals but none match the search and filters. */
  filtered: boolean;
  onAdd(): void;
  onClearFilters(): void;
}

/** What the proposals page shows with no rows: the next step, not just a blank. */
export function ProposalsEmpty({ year, filtered, onAdd, onClearFilters }: Props) {
  if (filtered) {
    return (
      <Empty description="没有符合条件的提案。可以换个搜索词，或清除筛选条件。">
        <Button onClick={onClearFilters}>清除筛选</Button>
      </Empty>
    );
  }
  return (
    <Empty description={`${year}年还没有登记提案。委员提交提案后在这里登记，立案和答复情况可以随后补充。`}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        登记第一件提案
      </Button>
    </Empty>
  );
}
