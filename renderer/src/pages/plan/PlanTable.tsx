import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PlanItem } from '../../../../shared/contract/plan';
import { ActivityStatus, ActivityType, MonthPeriod } from '../../../../shared/enums';
import { zhDate } from '../../../../shared/zhDates';
import { RecordTable, titleColumn, type RecordRows } from '../../lists/RecordTable';

/** How many rows from each month's first row down: the month cell spans them, the others none. */
function monthSpans(items: PlanItem[]): number[] {
  return items.map((p, i) => {
    if (i > 0 && items[i - 1].month === p.month) return 0;
    let n = 1;
    while (items[i + n]?.month === p.month) n++;
    return n;
  });
}

function Fulfilment({ item }: { item: PlanItem }) {
  if (item.activities.length === 0) return <Tag>未落实</Tag>;
  return (
    <Flex vertical gap={2} align="start">
      <Tag color={item.done ? 'green' : 'blue'}>{item.done ? '已落实' : '已安排'}</Tag>
      {item.activities.map((a) => (
        <Typography.Text key={a.id} type="secondary" style={{ fontSize: 12 }}>
          {zhDate(a.startsOn)} {a.title}
          {a.status !== 'held' && `（${ActivityStatus.label(a.status)}）`}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The year's plan in one table, grouped by month (the month cell spans its items). */
/** The year's plan items by month: the month cell spans its items. */
export function PlanTable({ rows }: { rows: RecordRows<PlanItem> }) {
  const { items, onEdit } = rows;
  const spans = monthSpans(items);
  const columns: ColumnsType<PlanItem> = [
    {
      title: '月份',
      dataIndex: 'month',
      width: 72,
      align: 'center',
      onCell: (_, i) => ({ rowSpan: spans[i ?? 0] }),
      render: (m: number) => <Typography.Text strong>{m}月</Typography.Text>,
    },
    {
      title: '旬',
      dataIndex: 'period',
      width: 72,
      render: (p: PlanItem['period']) =>
        p ? MonthPeriod.label(p) : <Typography.Text type="secondary">不分旬</Typography.Text>,
    },
    titleColumn(onEdit, { title: '计划事项', under: (p) => p.description }),
    {
      title: '活动类型',
      dataIndex: 'activityType',
      width: 120,
      render: (t: PlanItem['activityType']) => (t ? ActivityType.label(t) : ''),
    },
    { title: '落实情况', key: 'done', width: 260, render: (_, p) => <Fulfilment item={p} /> },
  ];

  return <RecordTable<PlanItem> rows={rows} columns={columns} bordered pagination={false} actions={{ width: 120 }} />;
}
