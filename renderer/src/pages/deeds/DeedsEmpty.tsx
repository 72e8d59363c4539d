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
export function DeedsEmpty({ year, filtered, onAdd, onClearFilters }: Props) {
  if (filtered) {
    return (
      <Empty description="没有符合条件的先进事迹。可以换个搜索词，或清除筛选条件。">
        <Button onClick={onClearFilters}>清除筛选</Button>
      </Empty>
    );
  }
  return (
    <Empty
      description={`${year}年还没有记录先进事迹。委员的好人好事、获得的表彰和媒体报道都可以记在这里，年底一并归档。`}
    >
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        记录第一条先进事迹
      </Button>
    </Empty>
  );
}
