import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Deed } from '../../../../shared/contract/deeds';
import { zhDate } from '../../../../shared/zhDates';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';

interface Props {
  /** One page of the deeds. */
  items: Deed[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(d: Deed): void;
  onDelete(d: Deed): void;
}

export function DeedTable({ items, total, page, pageSize, loading, onPage, onEdit, onDelete }: Props) {
  const columns: ColumnsType<Deed> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, d) => (
        <Flex vertical>
          <Typography.Link onClick={() => onEdit(d)}>{title}</Typography.Link>
          {d.content && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
              {d.content}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: '委员', dataIndex: 'memberName', width: 120, render: (n: string | null) => n ?? '联络组' },
    { title: '日期', dataIndex: 'happenedOn', width: 140, render: (d: string | null) => (d ? zhDate(d) : '') },
    { title: '来源', dataIndex: 'source', width: 180, ellipsis: true },
    editDeleteColumn({ onEdit, onDelete, width: 110 }),
  ];

  return (
    <Table<Deed>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination({ page, pageSize, total, onPage, showTotal: (n) => `共 ${n} 条先进事迹` })}
    />
  );
}
