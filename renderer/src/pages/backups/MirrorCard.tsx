import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { MirrorStatus } from '../../../../shared/contract/backups';
import { backupAge } from '../../format/backupAge';
import { call } from '../../api/client';
import { backupTime } from './backupWords';
import { useBackups } from './useBackups';

const alertType = (s: MirrorStatus['state']) => (s === 'ok' ? 'success' : s === 'unset' ? 'info' : 'warning');

/**
 * 第二个备份文件夹 (a USB drive): every new backup is also copied there. In the app the system's
 * folder dialog chooses it; in the browser the clerk types its path. Either way the archive checks it.
 */
export function MirrorCard() {
  const { message } = App.useApp();
  const { mirror, loadMirror } = useBackups();
  const [form] = Form.useForm<{ mirrorDir: string }>();
  const [saving, setSaving] = useState(false);
  const chooseFolder = window.chooseFolder;

  async function save(mirrorDir: string | null): Promise<boolean> {
    setSaving(true);
    const r = await call('backups.updateSettings', { mirrorDir });
    setSaving(false);
    await loadMirror();
    if (!r.ok) {
      if (chooseFolder || mirrorDir === null) message.error(r.error.message);
      else form.setFields([{ name: 'mirrorDir', errors: [r.error.message] }]);
      return false;
    }
    message.success(
      r.value.mirrorDir
        ? '已设置第二个备份文件夹，以后每次备份都会复制一份到那里。'
        : '已取消第二个备份文件夹，备份不再复制。',
    );
    form.resetFields();
    return true;
  }

  async function choose() {
    const picked = await chooseFolder?.('选择第二个备份文件夹（如U盘上的文件夹）');
    if (picked) await save(picked);
  }

  const current = mirror?.mirrorDir ?? null;
  return (
    <Card title="第二个备份文件夹（U 盘）">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          每次备份后再复制一份到另一个地方（最好是U盘或另一块磁盘），电脑硬盘坏了也不会丢失档案。
        </Typography.Text>
        {mirror && (
          <Alert
            type={alertType(mirror.state)}
            showIcon
            role={mirror.state === 'ok' || mirror.state === 'unset' ? 'status' : 'alert'}
            title={mirror.summary}
            description={
              current && mirror.state !== 'missing'
                ? mirror.lastWrittenAt
                  ? `最近一次复制：${backupTime(mirror.lastWrittenAt)}（${backupAge(mirror.lastWrittenAt).words}）`
                  : '还没有复制过备份。'
                : undefined
            }
          />
        )}
        {current && (
          <Flex gap={8} align="center" wrap>
            <Typography.Text>当前文件夹：</Typography.Text>
            <Typography.Text code copyable>
              {current}
            </Typography.Text>
            <Button size="small" disabled={saving} onClick={() => void save(null)}>
              不再复制
            </Button>
          </Flex>
        )}
        {chooseFolder ? (
          <Flex>
            <Button loading={saving} onClick={() => void choose()}>
              {current ? '换一个文件夹…' : '选择文件夹…'}
            </Button>
          </Flex>
        ) : (
          <Form
            form={form}
            layout="inline"
            onFinish={(v) => void save(v.mirrorDir.trim())}
            requiredMark={false}
            style={{ rowGap: 8 }}
          >
            <Form.Item
              name="mirrorDir"
              label="文件夹路径"
              rules={[{ required: true, whitespace: true, message: '请填写文件夹的完整路径' }]}
              style={{ flex: 1, minWidth: 360 }}
            >
              <Input placeholder="例如 E:\档案备份 或 /media/usb/档案备份" autoComplete="off" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={saving}>
                {current ? '更换文件夹' : '设为第二个备份文件夹'}
              </Button>
            </Form.Item>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
