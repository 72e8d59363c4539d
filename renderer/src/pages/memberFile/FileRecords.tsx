import type { ColumnsType } from 'antd/es/table';
import type { FileDeed, FileDutyRecord, FileOpinionReport, FileProposal } from '../../../../shared/contract/memberFile';
import {
  AdoptionLevel,
  OpinionReportStatus,
  ProposalFiling,
  ProposalResult,
  Satisfaction,
} from '../../../../shared/enums';
import { dateColumn, labelColumn, textColumn } from './fileColumns';
import { FileTable } from './FileSection';

/** Proposals the member led (领衔) or co-signed (联名), with how they were handled. */
const proposalColumns: ColumnsType<FileProposal> = [
  dateColumn('提交日期', 'submittedOn'),
  textColumn('编号', 'number', 80),
  textColumn('案由', 'title'),
  labelColumn('领衔/联名', 'role', 90, (r) => (r === 'lead' ? '领衔' : '联名')),
  labelColumn('立案', 'filing', 90, (f) => ProposalFiling.label(f)),
  labelColumn('办理结果', 'result', 170, (r) => (r ? ProposalResult.label(r) : '尚未答复')),
  labelColumn('满意度', 'satisfaction', 90, (s) => (s ? Satisfaction.label(s) : '')),
];

/** 社情民意 the member wrote or co-wrote: submitted, adopted at which level, endorsed by whom. */
const opinionReportColumns: ColumnsType<FileOpinionReport> = [
  dateColumn('报送日期', 'submittedOn'),
  textColumn('标题', 'title'),
  labelColumn('状态', 'status', 80, (s) => OpinionReportStatus.label(s)),
  labelColumn('采用', 'adoptedLevel', 130, (l) => (l ? AdoptionLevel.label(l) : '')),
  textColumn('领导批示', 'endorsement', 180),
];

const deedColumns: ColumnsType<FileDeed> = [
  dateColumn('日期', 'happenedOn'),
  textColumn('事迹', 'title'),
  textColumn('来源', 'source', 180),
];

/** Duty items the clerk recorded by hand, with their evidence. */
const dutyRecordColumns: ColumnsType<FileDutyRecord> = [
  dateColumn('日期', 'doneOn'),
  {
    title: '事项',
    key: 'item',
    width: 130,
    render: (_, r) => r.itemLabel ?? `${r.itemCode}（不在本年度方案中）`,
  },
  textColumn('履职内容', 'description'),
  textColumn('佐证材料', 'evidence', 200),
];

interface Props {
  proposals: FileProposal[];
  opinionReports: FileOpinionReport[];
  deeds: FileDeed[];
  dutyRecords: FileDutyRecord[];
}

/** The parts of the file that list the year's records of each kind, in the printed file's order. */
export function FileRecords({ proposals, opinionReports, deeds, dutyRecords }: Props) {
  return (
    <>
      <FileTable
        title="提案"
        emptyText="本年度没有该委员领衔或联名的提案。"
        rows={proposals}
        columns={proposalColumns}
      />
      <FileTable
        title="社情民意信息"
        emptyText="本年度该委员没有报送社情民意信息。"
        rows={opinionReports}
        columns={opinionReportColumns}
      />
      <FileTable title="先进事迹" emptyText="本年度没有记录该委员的先进事迹。" rows={deeds} columns={deedColumns} />
      <FileTable
        title="手工登记的履职记录"
        emptyText="本年度没有手工登记的履职记录。"
        rows={dutyRecords}
        columns={dutyRecordColumns}
      />
    </>
  );
}
