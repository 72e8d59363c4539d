import { Table, Typography } from 'antd';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { fieldChanges, type FieldChange } from './auditValues';

const cell = (text: string) => (
  <Typography.Text style={{ whiteSpace: 'pre-wrap', display: 'block', maxHeight: 160, overflow: 'auto' }}>
    {text}
  </Typography.Text>
);

/** What one change did, field by field: 修改前 and 修改后 side by side. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const changes = fieldChanges(entry.before, entry.after, entry.entity);
  if (changes.length === 0) return <Typography.Text type="secondary">这次操作没有改动记录的内容。</Typography.Text>;
  const columns = [
    { title: '项目', dataIndex: 'label', width: 140 },
    ...(entry.before == null ? [] : [{ title: '修改前', dataIndex: 'before', render: cell }]),
    ...(entry.after == null
      ? []
      : [{ title: entry.before == null ? '内容' : '修改后', dataIndex: 'after', render: cell }]),
  ];
  return (
    <Table<FieldChange> rowKey="key" size="small" bordered pagination={false} dataSource={changes} columns={columns} />
  );
}
