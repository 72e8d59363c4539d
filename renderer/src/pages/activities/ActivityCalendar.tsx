import dateFnsConfig from '@rc-component/picker/generate/dateFns';
import { Alert, App, Badge, Flex, Typography } from 'antd';
import generateCalendar, { type CalendarMode } from 'antd/es/calendar/generateCalendar';
import { endOfYear, format, startOfYear } from 'date-fns';
import { useState } from 'react';
import { calendarCap, type Activity, type CalendarActivity } from '../../../../shared/contract/activities';
import { ActivityType } from '../../../../shared/enums';
import { call } from '../../api/client';
import type { YearListQuery } from '../../lists/createYearListStore';
import { statusColor } from './activityLooks';
import { useCalendarActivities } from './useCalendarActivities';

/** antd's Calendar on plain Dates (date-fns), as the rest of the app uses. */
const Calendar = generateCalendar<Date>(dateFnsConfig);

const badgeStatus = { planned: 'processing', held: 'success', cancelled: 'default' } as const;

interface Props {
  year: number;
  /** The list's year, search and filters, as last read (null before the first read). */
  query: YearListQuery<'activities'> | null;
  onEdit(activity: Activity): void;
}

/** Whether the activity takes place on the day (a several-day activity shows on each of its days). */
const onDay = (a: CalendarActivity, day: string) => a.startsOn <= day && day <= (a.endsOn ?? a.startsOn);

/** The activities on a month calendar, read a month at a time (a year view counts them per month). */
export function ActivityCalendar({ year, query, onEdit }: Props) {
  const [shown, setShown] = useState(() => {
    const today = new Date();
    return today.getFullYear() === year ? today : new Date(year, 0, 1);
  });
  const [mode, setMode] = useState<CalendarMode>('month');
  const { items, perMonth, truncated } = useCalendarActivities(query, shown, mode);
  const { message } = App.useApp();

  /** A cell holds no attendance sheet: the form gets the whole activity, read when it is opened. */
  async function open(id: number) {
    const r = await call('activities.get', { id });
    if (r.ok) onEdit(r.value);
    else message.error(r.error.message);
  }

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
                void open(a.id);
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
    const n = date.getFullYear() === year ? (perMonth[date.getMonth()] ?? 0) : 0;
    return n > 0 ? <Typography.Text type="secondary">{n} 次活动</Typography.Text> : null;
  }

  return (
    <>
      {truncated && mode === 'month' && (
        <Alert
          type="warning"
          showIcon
          title={`本月活动超过 ${calendarCap} 次，日历只显示前 ${calendarCap} 次。请用筛选或搜索缩小范围，或在列表中查看。`}
        />
      )}
      <Calendar
        value={shown}
        mode={mode}
        onChange={setShown}
        onPanelChange={(date, next) => {
          setShown(date);
          setMode(next);
        }}
        validRange={[startOfYear(new Date(year, 0, 1)), endOfYear(new Date(year, 0, 1))]}
        cellRender={(date, info) =>
          info.type === 'date' ? dayCell(date) : info.type === 'month' ? monthCell(date) : null
        }
      />
    </>
  );
}
