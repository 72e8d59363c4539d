import { Table } from 'antd';
import type { FileReport } from '../../../../shared/contract/memberFile';
import { AdoptionLevel, ReportStatus } from '../../../../shared/enums';
import { fileDate } from './fileDate';
import { FileSection } from './FileSection';

/** 社情民意 the member wrote or co-wrote: submitted, adopted at which level, endorsed by whom. */
export function FileReports({ reports }: { reports: FileReport[] }) {
  return (
    <FileSection title="社情民意信息" count={reports.length} emptyText="本年度该委员没有报送社情民意信息。">
      <Table<FileReport>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={reports}
        columns={[
          { title: '报送日期', dataIndex: 'submittedOn', width: 130, render: fileDate },
          { title: '标题', dataIndex: 'title' },
          { title: '状态', dataIndex: 'status', width: 80, render: (s: FileReport['status']) => ReportStatus.label(s) },
          {
            title: '采用',
            dataIndex: 'adoptedLevel',
            width: 130,
            render: (l: FileReport['adoptedLevel']) => (l ? AdoptionLevel.label(l) : ''),
          },
          { title: '领导批示', dataIndex: 'endorsement', width: 180 },
        ]}
      />
    </FileSection>
  );
}
