import { Modal, Typography } from 'antd';
import { backupKindWord, type BackupInfo } from '../../../../shared/contract/backups';
import { backupTime } from './backupWords';

interface Props {
  /** The backup the clerk chose to restore; null keeps the dialog closed. */
  backup: BackupInfo | null;
  restoring: boolean;
  onConfirm(backup: BackupInfo): void;
  onCancel(): void;
}

/** Says what a restore replaces, and that the current archive is backed up first, before it happens. */
export function RestoreConfirm({ backup, restoring, onConfirm, onCancel }: Props) {
  return (
    <Modal
      open={!!backup}
      title="从备份恢复档案？"
      okText="恢复档案"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={restoring}
      onOk={() => backup && onConfirm(backup)}
      onCancel={onCancel}
      maskClosable={!restoring}
      closable={!restoring}
      destroyOnHidden
    >
      {backup && (
        <>
          <Typography.Paragraph>
            将用 <Typography.Text strong>{backupTime(backup.createdAt)}</Typography.Text>
            {` 的备份（${backupKindWord(backup)}）替换`}
            <Typography.Text strong>当前档案</Typography.Text>
            ：全部委员、活动、提案等记录都会回到那时的样子，此后新增和修改的内容将不在档案中。
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            恢复之前，程序会先把当前档案完整备份一次（恢复前备份）；恢复后如果发现不对，可以“撤销这次恢复”。
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
