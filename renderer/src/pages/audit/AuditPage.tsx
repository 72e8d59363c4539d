import { Button, Empty, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { format } from 'date-fns';
import { useEffect } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { AuditAction, Entity } from '../../../../shared/enums';
import { hasFilters } from '../../lists/listFilters';
import { LoadFailed } from '../../lists/LoadFailed';
import { RecordTable } from '../../lists/RecordTable';
import { AuditChanges } from './AuditChanges';
import { AuditToolbar } from './AuditToolbar';
import { useAuditLog } from './useAuditLog';

const actionColor: Record<AuditEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'orange',
  import: 'purple',
};

const columns: ColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => format(new Date(at), 'yyyy年M月d日 HH:mm:ss') },
  { title: '记录类型', dataIndex: 'entity', width: 130, render: (e: AuditEntry['entity']) => Entity.label(e) },
  {
    title: '操作',
    dataIndex: 'action',
    width: 150,
    render: (a: AuditEntry['action']) => <Tag color={actionColor[a]}>{AuditAction.label(a)}</Tag>,
  },
  { title: '内容', dataIndex: 'summary' },
];

/** 操作记录: every change to the archive (留痕), with what each record was before and after. */
export function AuditPage() {
  const { items, total, page, pageSize, loading, loadError, filters, load, turnPage, clearFilters } = useAuditLog();

  useEffect(() => {
    void load();
  }, [load]);

  let body;
  if (loadError) {
    body = (
      <LoadFailed
        what="操作记录"
        error={loadError}
        onRetry={() => void load()}
        extra={<Button onClick={clearFilters}>清除筛选</Button>}
      />
    );
  } else if (total === 0 && !loading) {
    body = hasFilters(filters) ? (
      <Empty description="这段时间、这类记录没有操作。可以放宽时间范围，或清除筛选条件。">
        <Button onClick={clearFilters}>清除筛选</Button>
      </Empty>
    ) : (
      <Empty description="还没有操作记录。之后每一次新增、修改、删除和恢复都会记在这里，供检查留痕。" />
    );
  } else {
    body = (
      <RecordTable<AuditEntry>
        rows={{ items, total, page, pageSize, loading, onPage: turnPage }}
        columns={columns}
        showTotal={(n) => `共 ${n} 条操作记录`}
        expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} />, expandRowByClick: true }}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          操作记录
        </Typography.Title>
        <Typography.Text type="secondary">点一行，查看这次操作前后的内容。</Typography.Text>
      </Flex>
      <AuditToolbar />
      {body}
    </Flex>
  );
}
