import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';

interface Props {
  /** True when the roster has members but none match the search and filters. */
  filtered: boolean;
  onAdd(): void;
  onClearFilters(): void;
}

/** What the roster shows with no rows: the next step, not just a blank. */
export function MembersEmpty({ filtered, onAdd, onClearFilters }: Props) {
  if (filtered) {
    return (
      <Empty description="没有符合条件的委员。可以换个搜索词，或清除筛选条件。">
        <Button onClick={onClearFilters}>清除筛选</Button>
      </Empty>
    );
  }
  return (
    <Empty description="名册里还没有委员。先添加第一位委员，之后可按姓名、拼音首字母或手机号查找。">
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        添加第一位委员
      </Button>
    </Empty>
  );
}
