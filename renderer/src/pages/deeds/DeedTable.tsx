import type { ColumnsType } from 'antd/es/table';
import type { Deed } from '../../../../shared/contract/deeds';
import { dateColumn, RecordTable, titleColumn, type RecordRows } from '../../lists/RecordTable';

/** The year's deeds, a page at a time. */
export function DeedTable({ rows }: { rows: RecordRows<Deed> }) {
  const columns: ColumnsType<Deed> = [
    titleColumn(rows.onEdit, { under: (d) => d.content, ellipsis: true }),
    { title: '委员', dataIndex: 'memberName', width: 120, render: (n: string | null) => n ?? '联络组' },
    dateColumn('日期', 'happenedOn', 140),
    { title: '来源', dataIndex: 'source', width: 180, ellipsis: true },
  ];

  return <RecordTable<Deed> rows={rows} columns={columns} showTotal={(n) => `共 ${n} 条先进事迹`} />;
}
