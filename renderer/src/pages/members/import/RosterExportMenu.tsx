import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { rosterKinds } from '../../../../../shared/contract/memberImport';
import { call } from '../../../api/client';
import { downloadFile } from './downloadFile';

type Kind = keyof typeof rosterKinds;

/** 导出: the members' address book (通讯录, phones in full) or birthday list (生日名册) as Excel. */
export function RosterExportMenu() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportKind(kind: Kind) {
    setBusy(true);
    const r = await call('members.exportRoster', { kind });
    setBusy(false);
    if (!r.ok) return void message.error(r.error.message);
    downloadFile(r.value);
    message.success(`已导出 ${r.value.name}`);
  }

  return (
    <Dropdown
      menu={{
        items: [
          { key: 'addressBook', label: '通讯录（含完整电话）' },
          { key: 'birthdays', label: '生日名册' },
        ],
        onClick: ({ key }) => void exportKind(key as Kind),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        导出 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
