import { ImportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { LedgerImportModal } from './LedgerImportModal';

/** The activities toolbar's 导入往年台账 button with its dialog. */
export function LedgerImportButton({ onImported }: { onImported(years: number[]): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        导入往年台账
      </Button>
      {open && <LedgerImportModal onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
