import { Button, Flex, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Activity } from '../../../../shared/contract/activities';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { zhWhen } from '../../../../shared/zhDates';
import { RecordTable, titleColumn, type RecordRows } from '../../lists/RecordTable';
import { attendanceCounts, statusColor } from './activityLooks';

interface Props {
  rows: RecordRows<Activity>;
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
        {[
          { label: '粘贴接龙', open: onJielong, shown: true },
          { label: '现场签到', open: onSignIn, shown: activity.status !== 'cancelled' },
        ].map(
          (b) =>
            b.shown && (
              <Button
                key={b.label}
                type="link"
                size="small"
                style={{ padding: 0 }}
                aria-label={`${b.label}：${activity.title}`}
                onClick={() => b.open(activity)}
              >
                {b.label}
              </Button>
            ),
        )}
      </Space>
    </Flex>
  );
}

/** 活动台账: one row per activity, newest first. */
export function ActivityTable({ rows, onJielong, onSignIn }: Props) {
  const columns: ColumnsType<Activity> = [
    {
      title: '类型',
      dataIndex: 'type',
      width: 110,
      render: (t: Activity['type']) => <Tag>{ActivityType.label(t)}</Tag>,
    },
    titleColumn(rows.onEdit, { title: '活动名称' }),
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
  ];

  return (
    <RecordTable<Activity> rows={rows} columns={columns} showTotal={(n) => `共 ${n} 次活动`} actions={{ width: 120 }} />
  );
}
