import { Button, Flex, Result } from 'antd';
import type { ReactNode } from 'react';
import type { ResultError } from '../../../shared/result';

interface Props {
  /** What could not be read, as the page is titled: 提案, 委员名册. */
  what: string;
  error: ResultError;
  onRetry(): void;
  /** Further ways out beside 重试. */
  extra?: ReactNode;
}

/** A list that could not be read: the archive's reason and a retry. */
export function LoadFailed({ what, error, onRetry, extra }: Props) {
  const retry = <Button onClick={onRetry}>重试</Button>;
  return (
    <Result
      status="error"
      title={`读取${what}失败`}
      subTitle={error.message}
      extra={
        extra ? (
          <Flex gap={8} justify="center">
            {extra}
            {retry}
          </Flex>
        ) : (
          retry
        )
      }
    />
  );
}
