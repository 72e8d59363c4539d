import type { FileOpinionReport } from '../../../../shared/contract/memberFile';
import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { fileDate } from './fileDate';
import { FileTable } from './FileSection';

/** 社情民意 the member wrote or co-wrote: submitted, adopted at which level, endorsed by whom. */
export function FileOpinionReports({ opinionReports }: { opinionReports: FileOpinionReport[] }) {
  return (
    <FileTable<FileOpinionReport>
      title="社情民意信息"
      emptyText="本年度该委员没有报送社情民意信息。"
      rows={opinionReports}
      columns={[
        { title: '报送日期', dataIndex: 'submittedOn', width: 130, render: fileDate },
        { title: '标题', dataIndex: 'title' },
        {
          title: '状态',
          dataIndex: 'status',
          width: 80,
          render: (s: FileOpinionReport['status']) => OpinionReportStatus.label(s),
        },
        {
          title: '采用',
          dataIndex: 'adoptedLevel',
          width: 130,
          render: (l: FileOpinionReport['adoptedLevel']) => (l ? AdoptionLevel.label(l) : ''),
        },
        { title: '领导批示', dataIndex: 'endorsement', width: 180 },
      ]}
    />
  );
}
