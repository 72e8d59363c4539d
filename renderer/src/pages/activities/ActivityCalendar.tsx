import dateFnsConfig from '@rc-component/picker/generate/dateFns';
import { Badge, Flex, Typography } from 'antd';
import generateCalendar from 'antd/es/calendar/generateCalendar';
import { endOfYear, format, startOfYear } from 'date-fns';
import { useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { ActivityType } from '../../../../shared/enums';
import { statusColor } from './activityLooks';

/** antd's Calendar on plain Dates (date-fns), as the rest of the app uses. */
const Calendar = generateCalendar<Date>(dateFnsConfig);

const badgeStatus = { planned: 'processing', held: 'success', cancelled: 'default' } as const;

interface Props {
  year: number;
  items: Activity[];
  onEdit(activity: Activity): void;
}

/** Whether the activity takes place on the day (a several-day activity shows on each of its days). */
const onDay = (a: Activity, day: string) => a.startsOn <= day && day <= (a.endsOn ?? a.startsOn);

/** The year's activities on a month calendar (a year view counts them per month). */
export function ActivityCalendar({ year, items, onEdit }: Props) {
  const [shown, setShown] = useState(() => {
    const today = new Date();
    return today.getFullYear() === year ? today : new Date(year, 0, 1);
  });

  function dayCell(date: Date) {
    const day = format(date, 'yyyy-MM-dd');
    return (
      <Flex vertical gap={2}>
        {items
          .filter((a) => onDay(a, day))
          .map((a) => (
            <Typography.Link
              key={a.id}
              onClick={(e) => {
                e.stopPropagation();
                onEdit(a);
              }}
              title={`${ActivityType.label(a.type)}：${a.title}${a.place ? `（${a.place}）` : ''}`}
              style={{ fontSize: 12, lineHeight: '18px' }}
              ellipsis
            >
              <Badge status={badgeStatus[a.status]} color={statusColor[a.status] === 'default' ? '#bbb' : undefined} />{' '}
              {a.startTime ? `${a.startTime} ` : ''}
              {a.title}
            </Typography.Link>
          ))}
      </Flex>
    );
  }

  function monthCell(date: Date) {
    const month = format(date, 'yyyy-MM');
    const n = items.filter((a) => a.startsOn.startsWith(month)).length;
    return n > 0 ? <Typography.Text type="secondary">{n} 次活动</Typography.Text> : null;
  }

  return (
    <Calendar
      value={shown}
      onChange={setShown}
      validRange={[startOfYear(new Date(year, 0, 1)), endOfYear(new Date(year, 0, 1))]}
      cellRender={(date, info) =>
        info.type === 'date' ? dayCell(date) : info.type === 'month' ? monthCell(date) : null
      }
    />
  );
}
