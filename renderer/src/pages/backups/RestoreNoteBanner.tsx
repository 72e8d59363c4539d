import { Alert, Button } from 'antd';
import { backupTime } from './backupWords';
import type { RestoreNote } from './restoreNote';

interface Props {
  note: RestoreNote;
  undoing: boolean;
  onUndo(): void;
  onClose(): void;
}

/** After a restore: which backup the archive now holds, and the way back (撤销这次恢复). */
export function RestoreNoteBanner({ note, undoing, onUndo, onClose }: Props) {
  if (note.step === 'undone')
    return (
      <Alert
        type="info"
        showIcon
        role="status"
        title={`已撤销这次恢复：档案回到了恢复之前的样子（${backupTime(note.undo.createdAt)} 另存的恢复前备份）。`}
        closable={{ onClose, 'aria-label': '知道了' }}
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={`已用 ${backupTime(note.restored.createdAt)} 的备份恢复档案，各页面显示的都是恢复后的数据。`}
      description="恢复之前的档案已另存为恢复前备份。如果恢复错了，可以撤销这次恢复。"
      action={
        <Button type="primary" loading={undoing} onClick={onUndo}>
          撤销这次恢复
        </Button>
      }
      closable={{ onClose, 'aria-label': '知道了' }}
    />
  );
}
