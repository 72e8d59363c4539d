import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { format } from 'date-fns';
import { backupKindWord, type BackupInfo } from '../../../../shared/contract/backups';
import { fileSize } from '../../../../shared/fileSize';
import { backupTime, backupTimeExact } from './backupWords';

interface Props {
  backups: BackupInfo[];
  /** The backup being checked or restored, whose button spins. */
  checking: string | null;
  onVerify(b: BackupInfo): void;
  onRestore(b: BackupInfo): void;
}

const kindColor: Record<string, string> = {
  每月: 'blue',
  每年: 'purple',
  手动: 'green',
  恢复前: 'orange',
  导入前: 'cyan',
  升级前: 'gold',
};

function CheckCell({ b }: { b: BackupInfo }) {
  const c = b.lastCheck;
  if (!c) return <Tag>未校验</Tag>;
  if (!c.ok)
    return (
      <Tooltip title={c.problem}>
        <Tag color="red">已损坏</Tag>
      </Tooltip>
    );
  return (
    <Flex gap={4} align="center" wrap>
      <Tag color="success">完好</Tag>
      <Typography.Text type="secondary">
        {c.atCreation ? '备份时已校验' : `校验于 ${format(new Date(c.at), 'M月d日 HH:mm')}`}
      </Typography.Text>
    </Flex>
  );
}

/** The backups, newest first: when, which kind, how big, whether its latest check passed; 校验 and 恢复 per row. */
export function BackupsTable({ backups, checking, onVerify, onRestore }: Props) {
  return (
    <Table<BackupInfo>
      rowKey="name"
      size="middle"
      dataSource={backups}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'createdAt', title: '备份时间', render: (_, b) => backupTimeExact(b.createdAt) },
        {
          key: 'kind',
          title: '类型',
          width: 100,
          render: (_, b) => {
            const word = backupKindWord(b);
            return <Tag color={kindColor[word]}>{word}</Tag>;
          },
        },
        { key: 'size', title: '大小', width: 100, align: 'right', render: (_, b) => fileSize(b.size) },
        { key: 'check', title: '校验', width: 220, render: (_, b) => <CheckCell b={b} /> },
        {
          key: 'actions',
          title: '操作',
          width: 170,
          render: (_, b) => (
            <Flex gap={8}>
              <Button
                size="small"
                aria-label={`校验 ${backupTime(b.createdAt)} 的备份`}
                loading={checking === b.name}
                onClick={() => onVerify(b)}
              >
                校验
              </Button>
              <Button
                size="small"
                danger
                aria-label={`从 ${backupTime(b.createdAt)} 的备份恢复`}
                disabled={b.lastCheck?.ok === false}
                onClick={() => onRestore(b)}
              >
                恢复
              </Button>
            </Flex>
          ),
        },
      ]}
    />
  );
}
