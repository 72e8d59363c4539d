import { CalendarOutlined, PlusOutlined, SearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Select } from 'antd';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { quarterLabel, quarters, type Quarter } from '../../format/chineseDates';
import { useActivities, type ActivityView } from './useActivities';

const typeOptions = ActivityType.codes.map((c) => ({ value: c, label: ActivityType.label(c) }));
const statusOptions = ActivityStatus.codes.map((c) => ({ value: c, label: ActivityStatus.label(c) }));
const quarterOptions = quarters.map((q) => ({ value: q, label: quarterLabel(q) }));
const viewOptions = [
  { value: 'list' as const, label: '列表', icon: <UnorderedListOutlined /> },
  { value: 'calendar' as const, label: '日历', icon: <CalendarOutlined /> },
];

/** Search box, filters, list/calendar switch and the add button above the activities. */
export function ActivityToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, view, search, filter, show } = useActivities();
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label="搜索活动"
        placeholder="活动名称、地点或内容"
        prefix={<SearchOutlined />}
        allowClear
        value={filters.q}
        onChange={(e) => search(e.target.value)}
        style={{ width: 220 }}
      />
      <Select
        aria-label="活动类型"
        placeholder="活动类型"
        allowClear
        value={filters.type}
        options={typeOptions}
        onChange={(type?: ActivityType) => filter({ type })}
        style={{ width: 140 }}
      />
      <Select
        aria-label="状态"
        placeholder="状态"
        allowClear
        value={filters.status}
        options={statusOptions}
        onChange={(status?: ActivityStatus) => filter({ status })}
        style={{ width: 110 }}
      />
      <Select
        aria-label="季度"
        placeholder="季度"
        allowClear
        value={filters.quarter}
        options={quarterOptions}
        onChange={(quarter?: Quarter) => filter({ quarter })}
        style={{ width: 110 }}
      />
      <Segmented<ActivityView> options={viewOptions} value={view} onChange={show} />
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} style={{ marginInlineStart: 'auto' }}>
        添加活动
      </Button>
    </Flex>
  );
}
