import type { TablePaginationConfig } from 'antd';

interface Page {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number, pageSize: number): void;
  /** Counts the rows for the clerk, e.g. 共 120 位委员. */
  showTotal(total: number): string;
}

/** The pager of a table read a page at a time from the archive. */
export const serverPagination = ({ page, pageSize, total, onPage, showTotal }: Page): TablePaginationConfig => ({
  current: page,
  pageSize,
  total,
  showSizeChanger: true,
  pageSizeOptions: [20, 50, 100],
  showTotal,
  onChange: onPage,
});
