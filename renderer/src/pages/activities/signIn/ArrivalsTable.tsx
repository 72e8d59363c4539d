import { Button, Table, Tag } from 'antd';
import type { SignInArrival } from '../../../../../shared/contract/signIn';

const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

interface Props {
  arrivals: SignInArrival[];
  busy: boolean;
  onConfirm(arrival: SignInArrival): void;
}

/** The members who signed in from their phones, newest last, each confirmed into the attendance by the clerk. */
export function ArrivalsTable({ arrivals, busy, onConfirm }: Props) {
  return (
    <Table<SignInArrival>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ y: 300 }}
      dataSource={arrivals}
      locale={{ emptyText: '还没有委员签到。请委员用手机扫描左边的二维码。' }}
      columns={[
        { title: '姓名', dataIndex: 'memberName', width: 100 },
        {
          title: '签到',
          dataIndex: 'attendance',
          width: 80,
          render: (a: SignInArrival['attendance']) =>
            a === 'present' ? <Tag color="green">出席</Tag> : <Tag color="orange">请假</Tag>,
        },
        { title: '请假事由', dataIndex: 'leaveReason', render: (r: string | null) => r ?? '' },
        { title: '时间', dataIndex: 'arrivedAt', width: 90, render: time },
        {
          title: '确认',
          key: 'confirm',
          width: 100,
          render: (_, a) =>
            a.confirmed ? (
              <Tag>已记入出勤</Tag>
            ) : (
              <Button size="small" disabled={busy} aria-label={`确认 ${a.memberName}`} onClick={() => onConfirm(a)}>
                确认
              </Button>
            ),
        },
      ]}
    />
  );
}
