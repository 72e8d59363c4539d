import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';

interface Props {
  year: number;
  /** True when the year has activities but none match the search and filters. */
  filtered: boolean;
  onAdd(): void;
  onClearFilters(): void;
}

/** What the activities page shows with no rows: the next step, not just a blank. */
export function ActivitiesEmpty({ year, filtered, onAdd, onClearFilters }: Props) {
  if (filtered) {
    return (
      <Empty description="没有符合条件的活动。可以换个搜索词，或清除筛选条件。">
        <Button onClick={onClearFilters}>清除筛选</Button>
      </Empty>
    );
  }
  return (
    <Empty description={`${year}年还没有活动记录。添加一次活动，记下时间、地点、内容、责任人（四落实）和委员出勤。`}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        添加第一次活动
      </Button>
    </Empty>
  );
}
