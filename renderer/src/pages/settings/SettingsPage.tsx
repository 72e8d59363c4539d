import { Card, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { FilingSettingsView } from '../../../../shared/contract/filing';
import { call } from '../../api/client';
import { useGroup } from '../../shell/useGroup';
import { FilingForm } from './FilingForm';
import { GroupForm } from './GroupForm';
import { useArchiveFile } from './useArchiveFile';

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
      <Card title="联络组">
        {group ? (
          // Keyed by the saved row, so the form starts again from what the archive holds.
          <GroupForm key={group.updatedAt} group={group} />
        ) : (
          <Flex justify="center">
            <Spin />
          </Flex>
        )}
      </Card>
      <Card title="归档设置">
        {filing ? (
          <FilingForm
            key={`${group?.updatedAt ?? ''}-${filingSaves}`}
            settings={filing}
            onSaved={(s) => {
              setFiling(s);
              setFilingSaves((n) => n + 1);
            }}
          />
        ) : filing === null ? (
          <Typography.Text type="warning">暂时读不到归档设置，请稍后再打开此页。</Typography.Text>
        ) : (
          <Flex justify="center">
            <Spin />
          </Flex>
        )}
      </Card>
      <Card title="档案文件">
        {file ? (
          <Flex vertical gap={4}>
            <Typography.Text>全部数据保存在这一个文件里：</Typography.Text>
            <Typography.Text code copyable>
              {file}
            </Typography.Text>
            <Typography.Text type="secondary">
              程序打开时请不要直接复制这个文件；备份、恢复和第二个备份文件夹（U 盘）在“备份与恢复”页。
            </Typography.Text>
          </Flex>
        ) : file === null ? (
          <Typography.Text type="warning">暂时读不到档案文件的位置，请稍后再打开此页。</Typography.Text>
        ) : (
          <Spin />
        )}
      </Card>
    </Flex>
  );
}
