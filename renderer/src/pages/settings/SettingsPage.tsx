import { Card, Flex, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useGroup } from '../../shell/useGroup';
import { GroupForm } from './GroupForm';
import { useArchiveFile } from './useArchiveFile';

/** 设置: the liaison group's own details, and where its archive file is kept. */
export function SettingsPage() {
  const { group, load } = useGroup();
  const file = useArchiveFile();

  useEffect(() => {
    void load();
  }, [load]);

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
