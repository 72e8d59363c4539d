import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { handOverExport } from '../../files/handOverExport';

const prints = {
  'notice-docx': { method: 'export.activityNotice', format: 'docx', label: '会议通知（Word）' },
  'notice-pdf': { method: 'export.activityNotice', format: 'pdf', label: '会议通知（PDF）' },
  'sheet-docx': { method: 'export.signInSheet', format: 'docx', label: '签到表（Word）' },
  'sheet-pdf': { method: 'export.signInSheet', format: 'pdf', label: '签到表（PDF）' },
} as const;

type PrintKey = keyof typeof prints;

interface Props {
  activity: Activity;
  /** Whether the form holds changes not yet saved: the printouts are made from what is saved. */
  unsaved(): boolean;
}

/**
 * 打印: the activity's 会议通知 or 签到表 as Word or PDF, made from the saved activity and opened
 * (in browser mode, downloaded) like every export.
 */
export function ActivityPrintMenu({ activity, unsaved }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function print(key: PrintKey) {
    if (unsaved()) {
      return void message.warning('活动有未保存的修改，请先保存，再打印会议通知或签到表。');
    }
    const p = prints[key];
    setBusy(true);
    const r = await call(p.method, { activityId: activity.id, format: p.format });
    setBusy(false);
    if (!r.ok) return showFailure(r.error, { message });
    const [file] = r.value.files;
    const opened = await handOverExport(activity.year, file.name);
    if (!opened.ok) return void message.error(opened.error.message);
    message.success(`已导出 ${file.name}（保存在 ${r.value.folder}）`);
  }

  return (
    <Dropdown
      // Opened by a click or by Enter on the focused button, then ↑↓ and Enter choose.
      trigger={['click']}
      menu={{
        items: (Object.keys(prints) as PrintKey[]).map((key) => ({ key, label: prints[key].label })),
        onClick: ({ key }) => void print(key as PrintKey),
      }}
    >
      <Button icon={<PrinterOutlined />} loading={busy} aria-label="打印会议通知或签到表">
        打印 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
