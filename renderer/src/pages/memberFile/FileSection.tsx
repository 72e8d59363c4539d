import { Typography } from 'antd';
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
