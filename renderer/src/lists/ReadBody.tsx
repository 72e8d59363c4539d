import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { ResultError } from '../../../shared/result';
import { LoadFailed } from './LoadFailed';

interface Props<T> {
  /** What is read, as the page is titled: 概览, 履职档案. */
  what: string;
  error: ResultError | null;
  loading: boolean;
  onRetry(): void;
  /** What was read for what the page shows now; none while it is on its way. */
  value: T | null | undefined;
  children(value: T): ReactNode;
}

/** A page's body read from the archive: why the read failed with 重试, a spinner until it comes, then the body. */
export function ReadBody<T>({ what, error, loading, onRetry, value, children }: Props<T>) {
  if (error) return <LoadFailed what={what} error={error} onRetry={onRetry} />;
  if (!value)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin spinning={loading} />
      </Flex>
    );
  return children(value);
}
