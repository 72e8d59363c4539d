import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { format } from 'date-fns';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import { DocumentKind } from '../../../../shared/enums';
import { RecordTable, titleColumn, type RecordRows } from '../../lists/RecordTable';
import { charCount } from '../../forms/charCount';

const kindColor: Record<ArchiveDocument['kind'], string> = {
  annual_plan: 'blue',
  half_year_summary: 'cyan',
  annual_summary: 'green',
  member_summary: 'purple',
  other: 'default',
};

/** The year's documents, a page at a time. */
export function DocumentTable({ rows }: { rows: RecordRows<ArchiveDocument> }) {
  const columns: ColumnsType<ArchiveDocument> = [
    {
      title: '类别',
      dataIndex: 'kind',
      width: 130,
      render: (k: ArchiveDocument['kind']) => <Tag color={kindColor[k]}>{DocumentKind.label(k)}</Tag>,
    },
    titleColumn(rows.onEdit),
    { title: '委员', dataIndex: 'memberName', width: 110, render: (n: string | null) => n ?? '' },
    { title: '字数', key: 'chars', width: 90, align: 'right', render: (_, d) => charCount(d.body) },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      width: 170,
      render: (at: string) => format(new Date(at), 'yyyy年M月d日 HH:mm'),
    },
  ];

  return <RecordTable<ArchiveDocument> rows={rows} columns={columns} showTotal={(n) => `共 ${n} 篇文档`} />;
}
