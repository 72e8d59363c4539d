import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Activity } from '../../../../shared/contract/activities';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { zhWhen } from '../../../../shared/zhDates';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';
import { attendanceCounts, statusColor } from './activityLooks';

interface Props {
  /** One page of the activities. */
  items: Activity[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(activity: Activity): void;
  onDelete(activity: Activity): void;
  /** Opens 粘贴接龙 for the activity. */
  onJielong(activity: Activity): void;
  /** Opens 现场签到 (members sign in from their phones) for the activity. */
  onSignIn(activity: Activity): void;
}

interface CellProps {
  activity: Activity;
  onJielong(a: Activity): void;
  onSignIn(a: Activity): void;
}

function AttendanceCell({ activity, onJielong, onSignIn }: CellProps) {
  const c = attendanceCounts(activity.participants);
  return (
    <Flex vertical style={{ whiteSpace: 'nowrap' }}>
      {activity.participants.length === 0 ? (
        <Typography.Text type="secondary">未登记</Typography.Text>
      ) : (
        <span>
          出席 {c.present} · 请假 {c.excused} · 缺席 {c.absent}
        </span>
      )}
      <Space size={12}>
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          aria-label={`粘贴接龙：${activity.title}`}
          onClick={() => onJielong(activity)}
        >
          粘贴接龙
        </Button>
        {activity.status !== 'cancelled' && (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            aria-label={`现场签到：${activity.title}`}
            onClick={() => onSignIn(activity)}
          >
            现场签到
          </Button>
        )}
      </Space>
    </Flex>
  );
}

/** 活动台账: one row per activity, newest first. */
export function ActivityTable({
  items,
  total,
  page,
  pageSize,
  loading,
  onPage,
  onEdit,
  onDelete,
  onJielong,
  onSignIn,
}: Props) {
  const columns: ColumnsType<Activity> = [
    {
      title: '类型',
      dataIndex: 'type',
      width: 110,
      render: (t: Activity['type']) => <Tag>{ActivityType.label(t)}</Tag>,
    },
    {
      title: '活动名称',
      dataIndex: 'title',
      render: (title: string, a) => <Typography.Link onClick={() => onEdit(a)}>{title}</Typography.Link>,
    },
    {
      title: '时间',
      key: 'when',
      render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{zhWhen(a)}</span>,
    },
    { title: '地点', dataIndex: 'place', width: 180, ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (s: Activity['status']) => <Tag color={statusColor[s]}>{ActivityStatus.label(s)}</Tag>,
    },
    {
      title: '出勤',
      key: 'attendance',
      render: (_, a) => <AttendanceCell activity={a} onJielong={onJielong} onSignIn={onSignIn} />,
    },
    editDeleteColumn({ onEdit, onDelete, width: 120 }),
  ];

  return (
    <Table<Activity>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={serverPagination({ page, pageSize, total, onPage, showTotal: (n) => `共 ${n} 次活动` })}
    />
  );
}
