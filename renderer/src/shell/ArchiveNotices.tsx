import { Alert, Flex } from 'antd';
import { useState } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';

/**
 * What the archive wants the clerk to know this session (a failed daily backup, a file on a
 * network share), read once at start; each can be closed once read.
 */
export function ArchiveNotices() {
  const info = useQuery(() => call('meta.info', {}), []).value;
  const [closed, setClosed] = useState<string[]>([]);
  const notices = (info?.notices ?? []).filter((n) => !closed.includes(n));
  if (notices.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ padding: '12px 24px 0' }} role="region" aria-label="档案提示">
      {notices.map((n) => (
        <Alert
          key={n}
          type="warning"
          showIcon
          closable={{ onClose: () => setClosed((all) => [...all, n]), 'aria-label': '知道了' }}
          title={n}
        />
      ))}
    </Flex>
  );
}
