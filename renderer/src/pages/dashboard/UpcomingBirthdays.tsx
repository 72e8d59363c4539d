import { Card, Empty, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { format } from 'date-fns';
import type { Member } from '../../../../shared/contract/members';
import { upcomingBirthdays } from './birthdays';

const BIRTHDAY_DAYS = 30;

const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const itemStyle: CSSProperties = {
  display: 'flex',
  justifyContent: 'space-between',
  padding: '6px 0',
  borderBottom: '1px solid #f0f0f0',
};

const when = (inDays: number) => (inDays === 0 ? '今天' : inDays === 1 ? '明天' : `还有 ${inDays} 天`);

/** 生日名册: members in office whose birthday comes within the next 30 days. */
export function UpcomingBirthdays({ members, today }: { members: Member[]; today: Date }) {
  const soon = upcomingBirthdays(members, today, BIRTHDAY_DAYS);
  return (
    <Card size="small" title={`近${BIRTHDAY_DAYS}天过生日的委员`} style={{ height: '100%' }}>
      {soon.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={`近${BIRTHDAY_DAYS}天没有委员过生日（出生日期只填到月份的委员无法提醒）`}
        />
      ) : (
        <ul style={listStyle}>
          {soon.map((b) => (
            <li key={b.member.id} style={itemStyle}>
              <Typography.Text>{b.member.name}</Typography.Text>
              <Typography.Text type={b.inDays === 0 ? 'danger' : 'secondary'}>
                {format(b.on, 'M月d日')} · {when(b.inDays)}（{b.turns} 岁）
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
