import { Button, Space } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';

interface Options<T> {
  onEdit(record: T): void;
  onDelete(record: T): void;
  width?: number;
  /** The roster scrolls sideways: its actions stay in view. */
  fixed?: ColumnType<T>['fixed'];
  /** Links before 编辑, e.g. to the member's file. */
  before?(record: T): ReactNode;
}

/** The last column of a list: 编辑 and 删除 for the row. */
export function editDeleteColumn<T>({ onEdit, onDelete, width, fixed, before }: Options<T>): ColumnType<T> {
  return {
    title: '操作',
    key: 'actions',
    width,
    fixed,
    render: (_, record) => (
      <Space size={0}>
        {before?.(record)}
        <Button type="link" size="small" onClick={() => onEdit(record)}>
          编辑
        </Button>
        <Button type="link" size="small" danger onClick={() => onDelete(record)}>
          删除
        </Button>
      </Space>
    ),
  };
}
