import { Tag, Typography } from 'antd';
import type { FileActivity } from '../../../../shared/contract/memberFile';
import { ActivityType, Attendance } from '../../../../shared/enums';
import { dateColumn, labelColumn, textColumn } from './fileColumns';
import { FileTable } from './FileSection';

const attendanceColor: Record<Attendance, string> = { present: 'green', excused: 'orange', absent: 'red' };

/** 出席 12 次，请假 2 次，缺席 1 次 */
function tally(activities: FileActivity[]): string {
  return Attendance.codes
    .map((a) => `${Attendance.label(a)} ${activities.filter((x) => x.attendance === a).length} 次`)
    .join('，');
}

/** Held activities the member was on the sheet of: present, on leave (with the reason) or absent. */
export function FileActivities({ activities }: { activities: FileActivity[] }) {
  return (
    <FileTable<FileActivity>
      title="参加活动"
      emptyText="本年度没有列入该委员的活动签到表。"
      rows={activities}
      intro={
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {tally(activities)}
        </Typography.Paragraph>
      }
      columns={[
        dateColumn('日期', 'startsOn'),
        labelColumn('类型', 'type', 120, (t) => ActivityType.label(t)),
        textColumn('活动', 'title'),
        textColumn('地点', 'place', 160),
        {
          title: '出勤',
          dataIndex: 'attendance',
          width: 70,
          render: (a: Attendance) => <Tag color={attendanceColor[a]}>{Attendance.label(a)}</Tag>,
        },
        {
          title: '请假事由 / 角色',
          key: 'note',
          width: 180,
          render: (_, a) =>
            [a.attendance === 'excused' ? (a.leaveReason ?? '未填事由') : null, a.role].filter(Boolean).join('；'),
        },
      ]}
    />
  );
}
