import { App, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/backups';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { LoadFailed } from '../../lists/LoadFailed';
import { reloadWindow } from '../../shell/reloadWindow';
import { BackupsTable } from './BackupsTable';
import { backupTime } from './backupWords';
import { MirrorCard } from './MirrorCard';
import { RestoreConfirm } from './RestoreConfirm';
import { RestoreNoteBanner } from './RestoreNoteBanner';
import { clearRestoreNote, readRestoreNote, saveRestoreNote, type RestoreNote } from './restoreNote';
import { useBackups } from './useBackups';

/**
 * 备份与恢复: the archive's backups (made each day on opening, before upgrades, imports and
 * restores, and by hand), a check of any of them, a restore that can be undone, and the second
 * folder every backup is copied to. A restore reloads the window, so every page reads the
 * restored archive afresh; the note in sessionStorage brings the undo offer back after it.
 */
export function BackupsPage() {
  const { message } = App.useApp();
  const { backups, loadError, load, loadMirror } = useBackups();
  const [creating, setCreating] = useState(false);
  const [checking, setChecking] = useState<string | null>(null);
  const [toRestore, setToRestore] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [note, setNote] = useState<RestoreNote | null>(readRestoreNote);

  useEffect(() => {
    void load();
    void loadMirror();
  }, [load, loadMirror]);

  async function backUpNow() {
    setCreating(true);
    const r = await call('backups.create', {});
    setCreating(false);
    if (!r.ok) return showFailure(r.error, { message });
    message.success(`已备份档案（${backupTime(r.value.createdAt)}）`);
    if (r.value.mirrorProblem) message.warning(r.value.mirrorProblem, 8);
    await Promise.all([load(), loadMirror()]);
  }

  async function verify(b: BackupInfo) {
    setChecking(b.name);
    const r = await call('backups.verify', { name: b.name });
    setChecking(null);
    if (!r.ok) return showFailure(r.error, { message });
    if (r.value.ok) message.success(`${backupTime(b.createdAt)} 的备份完好，可以用来恢复。`);
    else message.error(`${backupTime(b.createdAt)} 的备份已损坏：${r.value.problem}`, 8);
    await load();
  }

  async function restore(name: string, step: RestoreNote['step']) {
    setRestoring(true);
    const r = await call('backups.restore', { name });
    if (!r.ok) {
      setRestoring(false);
      return showFailure(r.error, { message });
    }
    // The undo of an undo is not offered: the note says it is done.
    const restored = { name: r.value.restored.name, createdAt: r.value.restored.createdAt };
    const undo = { name: r.value.undo.name, createdAt: r.value.undo.createdAt };
    saveRestoreNote(
      step === 'restored' ? { step, restored, undo } : { step, restored: note!.restored, undo: restored },
    );
    reloadWindow();
  }

  function closeNote() {
    clearRestoreNote();
    setNote(null);
  }

  let body;
  if (loadError) body = <LoadFailed what="备份列表" error={loadError} onRetry={() => void load()} />;
  else if (!backups) body = <Spin />;
  else if (backups.length === 0)
    body = (
      <Empty description="还没有备份。程序每天第一次打开时会自动备份；现在也可以立即备份一次。">
        <Button type="primary" loading={creating} onClick={() => void backUpNow()}>
          立即备份
        </Button>
      </Empty>
    );
  else
    body = (
      <BackupsTable backups={backups} checking={checking} onVerify={(b) => void verify(b)} onRestore={setToRestore} />
    );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        备份与恢复
      </Typography.Title>
      {note && (
        <RestoreNoteBanner
          note={note}
          undoing={restoring}
          onUndo={() => void restore(note.undo.name, 'undone')}
          onClose={closeNote}
        />
      )}
      <Card
        title="备份"
        extra={
          backups?.length ? (
            <Button type="primary" loading={creating} onClick={() => void backUpNow()}>
              立即备份
            </Button>
          ) : null
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            每天第一次打开程序时自动备份一次（保留最近 7 天、12 个月，每年一份）；升级、导入和恢复之前也会先备份。
            每份备份都经过完整性检查，可随时再“校验”一次。
          </Typography.Text>
          {body}
        </Flex>
      </Card>
      <MirrorCard />
      <RestoreConfirm
        backup={toRestore}
        restoring={restoring}
        onConfirm={(b) => void restore(b.name, 'restored')}
        onCancel={() => setToRestore(null)}
      />
    </Flex>
  );
}
