import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** The add button at the end of a list's toolbar. */
export function AddButton({ onClick, children }: { onClick(): void; children: ReactNode }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} style={{ marginInlineStart: 'auto' }}>
      {children}
    </Button>
  );
}
