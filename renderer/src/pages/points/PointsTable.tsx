import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MemberPoints, YearPoints } from '../../../../shared/contract/points';
import { PointsCategory } from '../../../../shared/pointsRules';
import { openMemberFile } from '../memberFile/useMemberFile';
import { LedgerLines } from './LedgerLines';
import { gradeColor } from './pointsLooks';

interface Props {
  points: YearPoints;
  loading: boolean;
}

/** The year's ranking: rank, member, each category after its cap, total and grade; a row opens its ledger. */
export function PointsTable({ points, loading }: Props) {
  const { levels } = points.rules.grades;
  const columns: ColumnsType<MemberPoints> = [
    { title: '名次', dataIndex: 'rank', width: 64, align: 'center' },
    {
      title: '委员',
      key: 'member',
      width: 140,
      render: (_, row) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => openMemberFile(row.member.id)}>
          {row.member.name}
        </Button>
      ),
    },
    ...PointsCategory.codes.map((c) => ({
      title: PointsCategory.label(c),
      key: c,
      width: 88,
      align: 'right' as const,
      render: (_: unknown, row: MemberPoints) => row.subtotals[c] || <Typography.Text type="secondary">—</Typography.Text>,
    })),
    {
      title: '总分',
      dataIndex: 'total',
      width: 80,
      align: 'right',
      render: (total: number) => <Typography.Text strong>{total}</Typography.Text>,
    },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 90,
      render: (grade: string) => <Tag color={gradeColor(grade, levels)}>{grade}</Tag>,
    },
  ];
  return (
    <Table<MemberPoints>
      rowKey={(m) => m.member.id}
      size="middle"
      columns={columns}
      dataSource={points.members}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (m) => <LedgerLines member={m} />,
        expandRowByClick: true,
      }}
    />
  );
}
