import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { quarterLabel, quarters } from '../../../../shared/zhDates';
import { AddButton } from '../../lists/AddButton';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { LedgerImportButton } from './ledgerImport/LedgerImportButton';
import { useActivities, type ActivityView } from './useActivities';

const typeOptions = ActivityType.codes.map((c) => ({ value: c, label: ActivityType.label(c) }));
const statusOptions = ActivityStatus.codes.map((c) => ({ value: c, label: ActivityStatus.label(c) }));
const quarterOptions = quarters.map((q) => ({ value: q, label: quarterLabel(q) }));
const viewOptions = [
  { value: 'list' as const, label: '列表', icon: <UnorderedListOutlined /> },
  { value: 'calendar' as const, label: '日历', icon: <CalendarOutlined /> },
];

/** Search box, filters, list/calendar switch, 导入往年台账 and the add button above the activities. */
export function ActivityToolbar({ onAdd, onImported }: { onAdd(): void; onImported(years: number[]): void }) {
  const { filters, view, search, filter, show } = useActivities();
  return (
    <ListToolbar
      searchLabel="搜索活动"
      placeholder="活动名称、地点或内容"
      q={filters.q}
      onSearch={search}
      searchWidth={220}
    >
      <FilterSelect
        label="活动类型"
        value={filters.type}
        options={typeOptions}
        onChange={(type) => filter({ type })}
        width={140}
      />
      <FilterSelect
        label="状态"
        value={filters.status}
        options={statusOptions}
        onChange={(status) => filter({ status })}
        width={110}
      />
      <FilterSelect
        label="季度"
        value={filters.quarter}
        options={quarterOptions}
        onChange={(quarter) => filter({ quarter })}
        width={110}
      />
      <Segmented<ActivityView> options={viewOptions} value={view} onChange={show} />
      <LedgerImportButton onImported={onImported} />
      <AddButton onClick={onAdd}>添加活动</AddButton>
    </ListToolbar>
  );
}
