import { Flex, Table, Typography, type TableProps } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { zhDate } from '../../../shared/zhDates';
import { editDeleteColumn } from './editDeleteColumn';
import { serverPagination } from './serverPagination';

/** One page of a list's records, as its table shows them, and what a row's buttons do. */
export interface RecordRows<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(record: T): void;
  onDelete(record: T): void;
}

type Props<T> = Omit<TableProps<T>, 'columns' | 'dataSource' | 'loading'> & {
  rows: Omit<RecordRows<T>, 'onEdit' | 'onDelete'> & Partial<Pick<RecordRows<T>, 'onEdit' | 'onDelete'>>;
  /** The record's own columns; 编辑 and 删除 follow when the rows can be edited. */
  columns: ColumnsType<T>;
  /** Counts the rows for the clerk under the pager, e.g. 共 12 件提案 (a list read whole has no pager). */
  showTotal?(total: number): string;
  /** The actions column's width and extras (see editDeleteColumn). */
  actions?: Omit<Parameters<typeof editDeleteColumn<T>>[0], 'onEdit' | 'onDelete'>;
};

/** A table of records read a page at a time, with 编辑 and 删除 at the end of each row. */
export function RecordTable<T extends object>({ rows, columns, showTotal, actions, ...table }: Props<T>) {
  const { items, total, page, pageSize, loading, onPage, onEdit, onDelete } = rows;
  const all =
    onEdit && onDelete ? [...columns, editDeleteColumn<T>({ onEdit, onDelete, width: 110, ...actions })] : columns;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={all}
      dataSource={items}
      loading={loading}
      pagination={showTotal && serverPagination({ page, pageSize, total, onPage, showTotal })}
      {...table}
    />
  );
}

/** The record's title as the link that opens it, with a grey line under it when `under` has one. */
export function titleColumn<T extends { title: string }>(
  onEdit: (record: T) => void,
  o: { title?: string; under?(record: T): ReactNode; ellipsis?: boolean } = {},
): ColumnType<T> {
  return {
    title: o.title ?? '标题',
    dataIndex: 'title',
    render: (title: string, record) => {
      const link = <Typography.Link onClick={() => onEdit(record)}>{title}</Typography.Link>;
      const under = o.under?.(record);
      if (!o.under) return link;
      return (
        <Flex vertical>
          {link}
          {under ? <SecondaryLine ellipsis={o.ellipsis}>{under}</SecondaryLine> : null}
        </Flex>
      );
    },
  };
}

/** A grey, smaller line under a cell's main text. */
export function SecondaryLine({ children, ellipsis }: { children: ReactNode; ellipsis?: boolean }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={ellipsis}>
      {children}
    </Typography.Text>
  );
}

/** A date column written 2026年5月14日, blank when there is none. */
export const dateColumn = <T,>(title: string, dataIndex: keyof T & string, width = 130): ColumnType<T> => ({
  title,
  dataIndex,
  width,
  render: (d: string | null) => (d ? zhDate(d) : ''),
});
