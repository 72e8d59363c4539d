import { Card, Flex, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { FilingSettingsView } from '../../../../shared/contract/filing';
import { call } from '../../api/client';
import { useGroup } from '../../shell/useGroup';
import { FilingForm } from './FilingForm';
import { GroupForm } from './GroupForm';
import { useArchiveFile } from './useArchiveFile';

interface CardProps<T> {
  title: string;
  /** None while it is read; null when it could not be read. */
  value: T | null | undefined;
  /** Said when it could not be read. */
  unread?: string;
  children(value: T): ReactNode;
}

/** One card of the page: a spinner while its part is read, a warning if it could not be. */
function SettingsCard<T>({ title, value, unread, children }: CardProps<T>) {
  return (
    <Card title={title}>
      {value ? (
        children(value)
      ) : value === null ? (
        <Typography.Text type="warning">{unread}</Typography.Text>
      ) : (
        <Flex justify="center">
          <Spin />
        </Flex>
      )}
    </Card>
  );
}

/** 设置: the liaison group's own details, how its year is filed, and where its archive file is kept. */
export function SettingsPage() {
  const { group, load } = useGroup();
  const file = useArchiveFile();
  const [filing, setFiling] = useState<FilingSettingsView | null | undefined>(undefined);
  const [filingSaves, setFilingSaves] = useState(0);

  useEffect(() => {
    void load();
  }, [load]);

  // Read again when the group is renamed: 全宗名称 follows it until the clerk types one.
  useEffect(() => {
    void call('filing.settings', {}).then((r) => setFiling(r.ok ? r.value : null));
  }, [group?.updatedAt]);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        设置
      </Typography.Title>
      <SettingsCard title="联络组" value={group ?? undefined}>
        {(group) => (
          // Keyed by the saved row, so the form starts again from what the archive holds.
          <GroupForm key={group.updatedAt} group={group} />
        )}
      </SettingsCard>
      <SettingsCard title="归档设置" value={filing} unread="暂时读不到归档设置，请稍后再打开此页。">
        {(filing) => (
          <FilingForm
            key={`${group?.updatedAt ?? ''}-${filingSaves}`}
            settings={filing}
            onSaved={(s) => {
              setFiling(s);
              setFilingSaves((n) => n + 1);
            }}
          />
        )}
      </SettingsCard>
      <SettingsCard title="档案文件" value={file} unread="暂时读不到档案文件的位置，请稍后再打开此页。">
        {(file) => (
          <Flex vertical gap={4}>
            <Typography.Text>全部数据保存在这一个文件里：</Typography.Text>
            <Typography.Text code copyable>
              {file}
            </Typography.Text>
            <Typography.Text type="secondary">
              程序打开时请不要直接复制这个文件；备份、恢复和第二个备份文件夹（U 盘）在“备份与恢复”页。
            </Typography.Text>
          </Flex>
        )}
      </SettingsCard>
    </Flex>
  );
}
