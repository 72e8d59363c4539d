import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ResultError } from '../../../shared/result';
import { LoadFailed } from './LoadFailed';

interface Props {
  title: string;
  /** Beside the title: the year switch, the page's own buttons. */
  heading?: ReactNode;
  toolbar?: ReactNode;
  loadError: ResultError | null;
  onRetry(): void;
  /** Shown instead of the list while it has no rows (false: show the list). */
  empty: ReactNode;
  list: ReactNode;
  /** The page's form. */
  children?: ReactNode;
}

/** A page of records: title, toolbar, then the list — or why it could not be read, or what to do while it is empty. */
export function ListPage({ title, heading, toolbar, loadError, onRetry, empty, list, children }: Props) {
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {heading}
      </Flex>
      {toolbar}
      {loadError ? <LoadFailed what={title} error={loadError} onRetry={onRetry} /> : empty || list}
      {children}
    </Flex>
  );
}
