import { Alert, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api/client';

/**
 * What the archive wants the clerk to know this session (a failed daily backup, a file on a
 * network share), read once at start; each can be closed once read.
 */
export function ArchiveNotices() {
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void call('meta.info', {}).then((r) => {
      if (live && r.ok) setNotices(r.value.notices);
    });
    return () => {
      live = false;
    };
  }, []);
  if (notices.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ padding: '12px 24px 0' }} role="region" aria-label="档案提示">
      {notices.map((n) => (
        <Alert
          key={n}
          type="warning"
          showIcon
          closable={{ onClose: () => setNotices((all) => all.filter((x) => x !== n)), 'aria-label': '知道了' }}
          title={n}
        />
      ))}
    </Flex>
  );
}
