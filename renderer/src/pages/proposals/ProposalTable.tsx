import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Proposal } from '../../../../shared/contract/proposals';
import { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { zhDate } from '../../../../shared/zhDates';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';

const filingColor: Record<Proposal['filing'], string> = {
  pending: 'default',
  accepted: 'green',
  not_accepted: 'red',
  converted: 'blue',
};

interface Props {
  /** One page of the proposals. */
  items: Proposal[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(p: Proposal): void;
  onDelete(p: Proposal): void;
}

/** Who signed: 王建国 领衔，李红、赵六 联名; no lead is the group's own proposal. */
function signers(p: Proposal): string {
  const lead = p.leadMemberName ? `${p.leadMemberName} 领衔` : '联络组集体提案';
  return p.cosigners.length ? `${lead}，${p.cosigners.map((c) => c.name).join('、')} 联名` : lead;
}

export function ProposalTable({ items, total, page, pageSize, loading, onPage, onEdit, onDelete }: Props) {
  const columns: ColumnsType<Proposal> = [
    { title: '编号', dataIndex: 'number', width: 100, render: (n: string | null) => n ?? '' },
    {
      title: '案由',
      dataIndex: 'title',
      render: (title: string, p) => (
        <Flex vertical>
          <Typography.Link onClick={() => onEdit(p)}>{title}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {signers(p)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '提交日期',
      dataIndex: 'submittedOn',
      width: 130,
      render: (d: string | null) => (d ? zhDate(d) : ''),
    },
    {
      title: '立案情况',
      dataIndex: 'filing',
      width: 100,
      render: (f: Proposal['filing']) => <Tag color={filingColor[f]}>{ProposalFiling.label(f)}</Tag>,
    },
    { title: '主办单位', dataIndex: 'mainUnit', width: 140, ellipsis: true },
    {
      title: '办理结果',
      dataIndex: 'result',
      width: 170,
      render: (r: Proposal['result']) => (r ? ProposalResult.label(r) : ''),
    },
    {
      title: '满意度',
      dataIndex: 'satisfaction',
      width: 90,
      render: (s: Proposal['satisfaction']) => (s ? Satisfaction.label(s) : ''),
    },
    editDeleteColumn({ onEdit, onDelete, width: 110 }),
  ];

  return (
    <Table<Proposal>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination({ page, pageSize, total, onPage, showTotal: (n) => `共 ${n} 件提案` })}
    />
  );
}
