import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { MemberImportModal } from './MemberImportModal';

/** The roster toolbar's 导入 button with its dialog. */
export function MemberImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        导入
      </Button>
      {open && <MemberImportModal onClose={() => setOpen(false)} />}
    </>
  );
}
