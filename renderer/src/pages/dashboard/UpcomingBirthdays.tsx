import { Card, Empty, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { format } from 'date-fns';
import type { Member } from '../../../../shared/contract/members';
import { upcomingBirthdays, type UpcomingBirthday } from './birthdays';

const BIRTHDAY_DAYS = 30;

const listStyle: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const itemStyle: CSSProperties = {
  display: 'flex',
  justifyContent: 'space-between',
  padding: '6px 0',
  borderBottom: '1px solid #f0f0f0',
};

const when = (inDays: number) => (inDays === 0 ? '今天' : inDays === 1 ? '明天' : `还有 ${inDays} 天`);

/** 5月3日 · 还有 4 天; with only the month known, 5月（未填日期）· 本月 or 2 天后进入5月. */
function whenText(b: UpcomingBirthday): string {
  if (!b.monthOnly) return `${format(b.on, 'M月d日')} · ${when(b.inDays)}`;
  const month = `${b.on.getMonth() + 1}月`;
  return `${month}（未填日期）· ${b.inDays === 0 ? '本月' : `${b.inDays} 天后进入${month}`}`;
}

/** 生日名册: members in office whose birthday comes within the next 30 days. */
export function UpcomingBirthdays({ members, today }: { members: Member[]; today: Date }) {
  const soon = upcomingBirthdays(members, today, BIRTHDAY_DAYS);
  return (
    <Card size="small" title={`近${BIRTHDAY_DAYS}天过生日的委员`} style={{ height: '100%' }}>
      {soon.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={`近${BIRTHDAY_DAYS}天没有委员过生日`}
        />
      ) : (
        <ul style={listStyle}>
          {soon.map((b) => (
            <li key={b.member.id} style={itemStyle}>
              <Typography.Text>{b.member.name}</Typography.Text>
              <Typography.Text type={b.inDays === 0 && !b.monthOnly ? 'danger' : 'secondary'}>
                {whenText(b)}（{b.turns} 岁）
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
