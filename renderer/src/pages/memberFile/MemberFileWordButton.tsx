import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { handOverExport } from '../../files/handOverExport';

/** 导出 Word: the member's file for the year as a .docx (phones masked, as on every printout). */
export function MemberFileWordButton({ memberId, year }: { memberId: number | null; year: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportWord() {
    if (memberId === null) return;
    setBusy(true);
    const r = await call('export.memberFile', { memberId, year, format: 'docx', maskPersonal: true });
    setBusy(false);
    if (!r.ok) return showFailure(r.error, { message });
    const [file] = r.value.files;
    const opened = await handOverExport(year, file.name);
    if (!opened.ok) return void message.error(opened.error.message);
    message.success(`已导出 ${file.name}（保存在 ${r.value.folder}）`);
  }

  return (
    <Button icon={<FileWordOutlined />} disabled={memberId === null} loading={busy} onClick={() => void exportWord()}>
      导出 Word
    </Button>
  );
}
