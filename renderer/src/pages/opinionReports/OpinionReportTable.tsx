import { Flex, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { zhDate } from '../../../../shared/zhDates';
import { dateColumn, RecordTable, SecondaryLine, titleColumn, type RecordRows } from '../../lists/RecordTable';

const statusColor: Record<OpinionReport['status'], string> = { draft: 'default', submitted: 'blue', adopted: 'green' };

interface Props {
  rows: RecordRows<OpinionReport>;
  /** How many of all that match (not only this page's) were adopted. */
  adopted: number;
}

const authorsText = (r: OpinionReport) => (r.authors.length ? r.authors.map((a) => a.name).join('、') : '联络组');

export function OpinionReportTable({ rows, adopted }: Props) {
  const columns: ColumnsType<OpinionReport> = [
    titleColumn(rows.onEdit, {
      under: (r) => r.endorsement && `${r.endorsedBy ? `${r.endorsedBy}批示` : '领导批示'}：${r.endorsement}`,
    }),
    { title: '作者', key: 'authors', width: 160, render: (_, r) => authorsText(r) },
    dateColumn('报送日期', 'submittedOn'),
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (s: OpinionReport['status']) => <Tag color={statusColor[s]}>{OpinionReportStatus.label(s)}</Tag>,
    },
    {
      title: '采用情况',
      key: 'adoption',
      width: 200,
      render: (_, r) =>
        r.adoptedLevel ? (
          <Flex vertical>
            <span>{AdoptionLevel.label(r.adoptedLevel)}</span>
            {r.adoptedOn && <SecondaryLine>{zhDate(r.adoptedOn)}</SecondaryLine>}
          </Flex>
        ) : (
          ''
        ),
    },
  ];

  return (
    <RecordTable<OpinionReport>
      rows={rows}
      columns={columns}
      showTotal={(n) => `共 ${n} 篇，其中已采用 ${adopted} 篇`}
    />
  );
}
