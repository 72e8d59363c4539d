import { App, Button, Card, Empty, Flex, Spin, Table, Typography } from 'antd';
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import type { RecycleItem } from '../../../../shared/contract/recycle';
import { Entity } from '../../../../shared/enums';
import { showFailure } from '../../api/showFailure';
import { LoadFailed } from '../../lists/LoadFailed';
import { BIN_LIMIT, byEntity, useRecycleBin } from './useRecycleBin';

const deletedAt = (at: string) => format(new Date(at), 'yyyy年M月d日 HH:mm');
const rowKey = (i: RecycleItem) => `${i.entity}-${i.id}`;

/**
 * 回收站: everything deleted, grouped by kind, each row with 恢复. Nothing is deleted for good
 * from here: the archive keeps its traces (留痕), so the bin offers no 彻底删除.
 */
export function RecyclePage() {
  const { message } = App.useApp();
  const { items, total, loading, loadError, load, restore } = useRecycleBin();
  const [restoring, setRestoring] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function bringBack(item: RecycleItem) {
    setRestoring(rowKey(item));
    const r = await restore(item);
    setRestoring(null);
    if (r.ok) message.success(`已恢复${Entity.label(item.entity)}“${item.label}”`);
    else showFailure(r.error, { message });
  }

  let body;
  if (loadError) {
    body = <LoadFailed what="回收站" error={loadError} onRetry={() => void load()} />;
  } else if (items.length === 0) {
    body = loading ? (
      <Spin />
    ) : (
      <Empty description="回收站是空的。删除的委员、活动、提案等记录会先放在这里，需要时可以恢复。" />
    );
  } else {
    body = byEntity(items).map(([entity, rows]) => (
      <Card key={entity} size="small" title={`${Entity.label(entity)}（${rows.length}）`}>
        <Table<RecycleItem>
          rowKey={rowKey}
          size="small"
          showHeader={false}
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'label', dataIndex: 'label' },
            {
              key: 'deletedAt',
              dataIndex: 'deletedAt',
              width: 220,
              render: (at: string) => <Typography.Text type="secondary">删除于 {deletedAt(at)}</Typography.Text>,
            },
            {
              key: 'restore',
              width: 90,
              render: (_, item) => (
                <Button
                  size="small"
                  aria-label={`恢复${item.label}`}
                  loading={restoring === rowKey(item)}
                  onClick={() => void bringBack(item)}
                >
                  恢复
                </Button>
              ),
            },
          ]}
        />
      </Card>
    ));
  }

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          回收站
        </Typography.Title>
        <Typography.Text type="secondary">
          删除的记录都在这里，恢复后回到原来的位置。
          {total > BIN_LIMIT && `共 ${total} 条，这里列出最近删除的 ${BIN_LIMIT} 条。`}
        </Typography.Text>
      </Flex>
      {body}
    </Flex>
  );
}
