import type { FileProposal } from '../../../../shared/contract/memberFile';
import { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { fileDate } from './fileDate';
import { FileTable } from './FileSection';

/** Proposals the member led (领衔) or co-signed (联名), with how they were handled. */
export function FileProposals({ proposals }: { proposals: FileProposal[] }) {
  return (
    <FileTable<FileProposal>
      title="提案"
      emptyText="本年度没有该委员领衔或联名的提案。"
      rows={proposals}
      columns={[
        { title: '提交日期', dataIndex: 'submittedOn', width: 130, render: fileDate },
        { title: '编号', dataIndex: 'number', width: 80 },
        { title: '案由', dataIndex: 'title' },
        {
          title: '领衔/联名',
          dataIndex: 'role',
          width: 90,
          render: (r: FileProposal['role']) => (r === 'lead' ? '领衔' : '联名'),
        },
        {
          title: '立案',
          dataIndex: 'filing',
          width: 90,
          render: (f: FileProposal['filing']) => ProposalFiling.label(f),
        },
        {
          title: '办理结果',
          dataIndex: 'result',
          width: 170,
          render: (r: FileProposal['result']) => (r ? ProposalResult.label(r) : '尚未答复'),
        },
        {
          title: '满意度',
          dataIndex: 'satisfaction',
          width: 90,
          render: (s: FileProposal['satisfaction']) => (s ? Satisfaction.label(s) : ''),
        },
      ]}
    />
  );
}
