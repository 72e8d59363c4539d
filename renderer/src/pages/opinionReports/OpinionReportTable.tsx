import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { zhDate } from '../../../../shared/zhDates';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';

const statusColor: Record<OpinionReport['status'], string> = { draft: 'default', submitted: 'blue', adopted: 'green' };

interface Props {
  /** One page of the reports. */
  items: OpinionReport[];
  total: number;
  /** How many of all that match (not only this page's) were adopted. */
  adopted: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(r: OpinionReport): void;
  onDelete(r: OpinionReport): void;
}

const authorsText = (r: OpinionReport) => (r.authors.length ? r.authors.map((a) => a.name).join('、') : '联络组');

export function OpinionReportTable({ items, total, adopted, page, pageSize, loading, onPage, onEdit, onDelete }: Props) {
  const columns: ColumnsType<OpinionReport> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, r) => (
        <Flex vertical>
          <Typography.Link onClick={() => onEdit(r)}>{title}</Typography.Link>
          {r.endorsement && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.endorsedBy ? `${r.endorsedBy}批示` : '领导批示'}：{r.endorsement}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: '作者', key: 'authors', width: 160, render: (_, r) => authorsText(r) },
    {
      title: '报送日期',
      dataIndex: 'submittedOn',
      width: 130,
      render: (d: string | null) => (d ? zhDate(d) : ''),
    },
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
            {r.adoptedOn && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {zhDate(r.adoptedOn)}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          ''
        ),
    },
    editDeleteColumn({ onEdit, onDelete, width: 110 }),
  ];

  return (
    <Table<OpinionReport>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination({
        page,
        pageSize,
        total,
        onPage,
        showTotal: (n) => `共 ${n} 篇，其中已采用 ${adopted} 篇`,
      })}
    />
  );
}
