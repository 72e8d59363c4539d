import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';

interface Props {
  /** The records, as the clerk calls them: 提案, 活动. */
  what: string;
  /** True when there are records but none match the search and filters. */
  filtered: boolean;
  onClearFilters(): void;
  /** With no records yet: what belongs here, and the button that adds the first. */
  description: string;
  addLabel: string;
  onAdd(): void;
}

/** What a list shows with no rows: the next step, not just a blank. */
export function ListEmpty({ what, filtered, onClearFilters, description, addLabel, onAdd }: Props) {
  if (filtered) {
    return (
      <Empty description={`没有符合条件的${what}。可以换个搜索词，或清除筛选条件。`}>
        <Button onClick={onClearFilters}>清除筛选</Button>
      </Empty>
    );
  }
  return (
    <Empty description={description}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Empty>
  );
}
