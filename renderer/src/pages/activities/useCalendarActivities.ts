import type { CalendarMode } from 'antd/es/calendar/generateCalendar';
import { endOfMonth, format, startOfMonth } from 'date-fns';
import type { CalendarActivity } from '../../../../shared/contract/activities';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import type { YearListQuery } from '../../lists/createYearListStore';

/** What the calendar's panel shows: the month's activities, or the year's count per month (January first). */
export interface CalendarActivities {
  items: CalendarActivity[];
  perMonth: number[];
  /** The month holds more activities than one calendar read returns (activities.calendar's cap). */
  truncated: boolean;
}

const none: CalendarActivities = { items: [], perMonth: [], truncated: false };

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** The month's days within the list's own range (a chosen quarter), or null when they do not meet. */
function monthRange(query: YearListQuery<'activities'>, shown: Date) {
  const [first, last] = [day(startOfMonth(shown)), day(endOfMonth(shown))];
  const from = query.from && query.from > first ? query.from : first;
  const to = query.to && query.to < last ? query.to : last;
  return from <= to ? { from, to } : null;
}

async function readPanel(
  query: YearListQuery<'activities'>,
  shown: Date,
  mode: CalendarMode,
): Promise<CalendarActivities> {
  if (mode === 'year') {
    // Only the count of each month is drawn: one grouped count, not the year's activities.
    if (!query.year) return none;
    const { orderBy: _order, month: _month, ...filters } = query;
    const r = await call('activities.monthCounts', { ...filters, year: query.year });
    return r.ok ? { ...none, perMonth: r.value } : none;
  }
  const range = monthRange(query, shown);
  if (!range) return none;
  // Only what a cell shows, without attendance sheets: a merged district's month is ~800 activities.
  const r = await call('activities.calendar', { ...range, type: query.type, status: query.status, q: query.q });
  return r.ok ? { ...none, ...r.value } : none;
}

/**
 * The activities of the calendar's panel, with the list's year, search and filters: read again
 * when the panel turns to another month or to the year, and after every read of the list (a
 * search, a filter, a save).
 */
export function useCalendarActivities(
  query: YearListQuery<'activities'> | null,
  shown: Date,
  mode: CalendarMode,
): CalendarActivities {
  const month = format(shown, 'yyyy-MM');
  const panel = useQuery(
    query && (async () => ({ ok: true, value: await readPanel(query, new Date(`${month}-01T00:00`), mode) }) as const),
    [query, month, mode],
  );
  return panel.value ?? none;
}
