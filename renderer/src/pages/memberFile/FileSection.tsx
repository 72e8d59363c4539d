import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** How many rows the section lists; shown after the title. */
  count?: number;
  /** What the section says when it lists nothing. */
  emptyText: string;
  children: ReactNode;
}

/** One part of the file under its heading. */
export function FileSection({ title, count, emptyText, children }: Props) {
  return (
    <section className="member-file-section" aria-label={title}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
        {count !== undefined && <Typography.Text type="secondary">（{count}）</Typography.Text>}
      </Typography.Title>
      {count === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : children}
    </section>
  );
}

interface TableProps<T> {
  title: string;
  emptyText: string;
  rows: T[];
  columns: ColumnsType<T>;
  /** Above the table, e.g. the attendance tally. */
  intro?: ReactNode;
}

/** A part of the file that lists the year's records of one kind, whole, as the printed file does. */
export function FileTable<T extends { id: number | string }>({
  title,
  emptyText,
  rows,
  columns,
  intro,
}: TableProps<T>) {
  return (
    <FileSection title={title} count={rows.length} emptyText={emptyText}>
      {intro}
      <Table<T> rowKey="id" size="small" bordered pagination={false} dataSource={rows} columns={columns} />
    </FileSection>
  );
}
