import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Proposal } from '../../../../shared/contract/proposals';
import { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { dateColumn, RecordTable, titleColumn, type RecordRows } from '../../lists/RecordTable';

const filingColor: Record<Proposal['filing'], string> = {
  pending: 'default',
  accepted: 'green',
  not_accepted: 'red',
  converted: 'blue',
};

/** Who signed: 王建国 领衔，李红、赵六 联名; no lead is the group's own proposal. */
function signers(p: Proposal): string {
  const lead = p.leadMemberName ? `${p.leadMemberName} 领衔` : '联络组集体提案';
  return p.cosigners.length ? `${lead}，${p.cosigners.map((c) => c.name).join('、')} 联名` : lead;
}

export function ProposalTable({ rows }: { rows: RecordRows<Proposal> }) {
  const columns: ColumnsType<Proposal> = [
    { title: '编号', dataIndex: 'number', width: 100, render: (n: string | null) => n ?? '' },
    titleColumn(rows.onEdit, { title: '案由', under: signers }),
    dateColumn('提交日期', 'submittedOn'),
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
  ];

  return <RecordTable<Proposal> rows={rows} columns={columns} showTotal={(n) => `共 ${n} 件提案`} />;
}
