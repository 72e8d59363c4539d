import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import {
  calendarCap,
  calendarMaxDays,
  type CalendarActivity,
  type CalendarDays,
} from '../../shared/contract/activities';
import { ListFilter } from '../repo/listFilter';
import { activityListFilters } from './repo';
import { prepared } from '../repo/statements';

type CalendarInput = ParsedInput<'activities.calendar'>;

/** The ISO date `days` before `iso`. */
function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The live activities on some day from `from` to `to`, only the columns a calendar cell shows,
 * by date: no attendance sheet (15 rows an activity, 1.4 MB a merged district's month).
 *
 * The overlap test alone (starts by `to`, ends by `from`) has no lower bound on `starts_on`, so
 * SQLite would walk every earlier activity (250 ms on the stress archive; no index holds
 * `ends_on`). The search therefore starts `calendarMaxDays` before `from`: a range scan of
 * activities_live_date (deleted_at, starts_on). The price: an activity lasting longer than that
 * (none in the demo or stress archives; group activities last hours or days) is not shown on its
 * days more than `calendarMaxDays` after its start.
 */
export function calendarActivities(db: Database.Database, input: CalendarInput): CalendarDays {
  const { where, params } = activityListFilters(
    new ListFilter('deleted_at IS NULL', 'starts_on BETWEEN @back AND @to', 'coalesce(ends_on, starts_on) >= @from'),
    input,
  );
  Object.assign(params, { back: daysBefore(input.from, calendarMaxDays), from: input.from, to: input.to });
  const rows = prepared(
    db,
    `SELECT id, type, title, status, starts_on AS startsOn, ends_on AS endsOn,
            start_time AS startTime, end_time AS endTime, place
     FROM activities WHERE ${where.join(' AND ')}
     ORDER BY starts_on, start_time, id LIMIT @limit`,
  ).all({ ...params, limit: calendarCap + 1 }) as CalendarActivity[];
  const truncated = rows.length > calendarCap;
  return { items: truncated ? rows.slice(0, calendarCap) : rows, truncated };
}
