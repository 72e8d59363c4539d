import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { format } from 'date-fns';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import { DocumentKind } from '../../../../shared/enums';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';
import { charCount } from './charCount';

const kindColor: Record<ArchiveDocument['kind'], string> = {
  annual_plan: 'blue',
  half_year_summary: 'cyan',
  annual_summary: 'green',
  member_summary: 'purple',
  other: 'default',
};

interface Props {
  /** One page of the documents. */
  items: ArchiveDocument[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(d: ArchiveDocument): void;
  onDelete(d: ArchiveDocument): void;
}

export function DocumentTable({ items, total, page, pageSize, loading, onPage, onEdit, onDelete }: Props) {
  const columns: ColumnsType<ArchiveDocument> = [
    {
      title: '类别',
      dataIndex: 'kind',
      width: 130,
      render: (k: ArchiveDocument['kind']) => <Tag color={kindColor[k]}>{DocumentKind.label(k)}</Tag>,
    },
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, d) => <Typography.Link onClick={() => onEdit(d)}>{title}</Typography.Link>,
    },
    { title: '委员', dataIndex: 'memberName', width: 110, render: (n: string | null) => n ?? '' },
    { title: '字数', key: 'chars', width: 90, align: 'right', render: (_, d) => charCount(d.body) },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      width: 170,
      render: (at: string) => format(new Date(at), 'yyyy年M月d日 HH:mm'),
    },
    editDeleteColumn({ onEdit, onDelete, width: 110 }),
  ];

  return (
    <Table<ArchiveDocument>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination({ page, pageSize, total, onPage, showTotal: (n) => `共 ${n} 篇文档` })}
    />
  );
}
