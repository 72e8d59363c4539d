import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { quarterLabel, quarters } from '../../../../shared/zhDates';
import { choices } from '../../forms/choices';
import { AddButton } from '../../lists/AddButton';
import { ListToolbar } from '../../lists/ListToolbar';
import { LedgerImportButton } from './ledgerImport/LedgerImportButton';
import { useActivities, type ActivityView } from './useActivities';

const quarterOptions = quarters.map((q) => ({ value: q, label: quarterLabel(q) }));
const viewOptions = [
  { value: 'list' as const, label: '列表', icon: <UnorderedListOutlined /> },
  { value: 'calendar' as const, label: '日历', icon: <CalendarOutlined /> },
];

/** Search box, filters, list/calendar switch, 导入往年台账 and the add button above the activities. */
export function ActivityToolbar({ onAdd, onImported }: { onAdd(): void; onImported(years: number[]): void }) {
  const list = useActivities();
  return (
    <ListToolbar
      list={list}
      searchLabel="搜索活动"
      placeholder="活动名称、地点或内容"
      searchWidth={220}
      choices={[
        { key: 'type', label: '活动类型', options: choices(ActivityType), width: 140 },
        { key: 'status', label: '状态', options: choices(ActivityStatus), width: 110 },
        { key: 'quarter', label: '季度', options: quarterOptions, width: 110 },
      ]}
    >
      <Segmented<ActivityView> options={viewOptions} value={list.view} onChange={list.show} />
      <LedgerImportButton onImported={onImported} />
      <AddButton onClick={onAdd}>添加活动</AddButton>
    </ListToolbar>
  );
}
