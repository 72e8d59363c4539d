import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportRow } from '../../../../../shared/contract/memberImport';
import { Gender, Position } from '../../../../../shared/enums';
import { memberFieldLabel } from '../../../../../shared/memberFields';
import { maskPhone } from '../../../../../shared/mask';

/** What is wrong with a row, column by column, or which member it repeats. */
function verdict(row: ImportRow) {
  if (row.errors.length)
    return (
      <Typography.Text type="danger">{row.errors.map((e) => `${e.label}：${e.message}`).join('；')}</Typography.Text>
    );
  if (row.duplicateOf) return <Typography.Text type="warning">{row.duplicateOf.message}</Typography.Text>;
  return <Typography.Text type="success">无误</Typography.Text>;
}

/** The verdict, then each value the import tidied (手机号已整理：138 0013 8000 → 13800138000), one a line. */
function problems(row: ImportRow) {
  return (
    <Flex vertical>
      {verdict(row)}
      {row.cleaned?.map((n) => (
        <Typography.Text key={n.field} type="secondary" style={{ fontSize: 12 }}>
          {n.message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

const columns: ColumnsType<ImportRow> = [
  { title: '行号', dataIndex: 'line', width: 64 },
  { title: memberFieldLabel('name'), key: 'name', width: 90, render: (_, r) => r.input.name },
  {
    title: memberFieldLabel('gender'),
    key: 'gender',
    width: 56,
    render: (_, r) => (r.input.gender ? Gender.label(r.input.gender) : ''),
  },
  { title: memberFieldLabel('birthDate'), key: 'birthDate', width: 100, render: (_, r) => r.input.birthDate },
  { title: memberFieldLabel('sector'), key: 'sector', width: 90, render: (_, r) => r.input.sector },
  {
    title: memberFieldLabel('position'),
    key: 'position',
    width: 64,
    render: (_, r) => (r.input.position ? Position.label(r.input.position) : ''),
  },
  { title: memberFieldLabel('workUnit'), key: 'workUnit', ellipsis: true, render: (_, r) => r.input.workUnit },
  { title: memberFieldLabel('phone'), key: 'phone', width: 120, render: (_, r) => maskPhone(r.input.phone) },
  { title: '检查结果', key: 'problems', width: 280, render: (_, r) => problems(r) },
];

/** The file's rows as the import read them; bad rows stand out in red with their messages. */
export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  return (
    <Table<ImportRow>
      size="small"
      rowKey="line"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1000, y: 360 }}
      rowClassName={(r) => (r.errors.length ? 'import-row-bad' : '')}
      onRow={(r) => ({ style: r.errors.length ? { background: '#fff1f0' } : undefined })}
    />
  );
}
