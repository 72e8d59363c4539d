import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { format } from 'date-fns';
import type { PackageCheck, PackageEntry } from '../../../../../shared/contract/packages';
import { PackageFileStatus } from '../../../../../shared/enums';
import { fileSize } from '../fileSize';

const COLORS: Record<PackageFileStatus, string> = {
  intact: 'success',
  modified: 'error',
  missing: 'warning',
  extra: 'processing',
};

/** Files with a problem first, then the rest, each group in path order. */
const problemsFirst = (entries: PackageEntry[]) =>
  [...entries].sort((a, b) => Number(a.status === 'intact') - Number(b.status === 'intact'));

/** The verification report of a package: the verdict, what it is, and every file with its status. */
export function PackageReport({ check }: { check: PackageCheck }) {
  const counts = PackageFileStatus.codes.map((s) => ({ s, n: check.entries.filter((e) => e.status === s).length }));
  const columns = [
    { title: '文件', dataIndex: 'path', key: 'path', render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
    {
      title: '大小',
      key: 'size',
      width: 100,
      render: (_: unknown, e: PackageEntry) => (e.size === null ? '—' : fileSize(e.size)),
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_: unknown, e: PackageEntry) => <Tag color={COLORS[e.status]}>{PackageFileStatus.label(e.status)}</Tag>,
    },
  ];
  return (
    <Flex vertical gap={12} aria-label="核验报告">
      {check.ok ? (
        <Alert
          type="success"
          showIcon
          title={`✓ 档案包完好：${check.entries.length} 个文件全部与清单和校验值（SHA-256、SM3）一致`}
        />
      ) : (
        <Alert type="error" showIcon title="档案包校验未通过" description={check.problem ?? '原因不明'} />
      )}
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'name', label: '文件', children: check.name, span: 2 },
          { key: 'year', label: '年度', children: check.year ?? '—' },
          { key: 'group', label: '联络组', children: check.group || '—' },
          {
            key: 'compiledAt',
            label: '生成时间',
            children: check.compiledAt ? format(new Date(check.compiledAt), 'yyyy-MM-dd HH:mm') : '—',
          },
          {
            key: 'counts',
            label: '逐个文件核对',
            children: counts.map(({ s, n }) => `${PackageFileStatus.label(s)} ${n}`).join(' · '),
          },
        ]}
      />
      {check.entries.length > 0 && (
        <Table<PackageEntry>
          size="small"
          rowKey="path"
          dataSource={problemsFirst(check.entries)}
          columns={columns}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个文件` }}
        />
      )}
    </Flex>
  );
}
