import type { ActivityStatus, ActivityType } from '../../../../shared/enums';
import type { Quarter } from '../../../../shared/zhDates';
import { createYearListStore } from '../../lists/createYearListStore';

export interface ActivityFilters {
  /** Title, place or content. */
  q: string;
  type?: ActivityType;
  status?: ActivityStatus;
  quarter?: Quarter;
}

export type ActivityView = 'list' | 'calendar';

interface ActivityViewState {
  view: ActivityView;
  show(view: ActivityView): void;
}

const quarterStarts = ['01-01', '04-01', '07-01', '10-01'];
const quarterEnds = ['03-31', '06-30', '09-30', '12-31'];

/** A quarter of the year as the archive's date range (an activity running into it counts too). */
export const quarterDays = (year: number, quarter: Quarter) => ({
  from: `${year}-${quarterStarts[quarter - 1]}`,
  to: `${year}-${quarterEnds[quarter - 1]}`,
});

/**
 * The year's activities matching type, status, quarter and search, newest first, a page at a time:
 * a group holds 10–40 a year, a merged district archive 10,000.
 */
export const useActivities = createYearListStore<ActivityFilters, ActivityViewState>()(
  'activities',
  {
    query: (year, { type, status, quarter }) => ({
      year,
      ...(quarter && quarterDays(year, quarter)),
      type,
      status,
      orderBy: 'dateDesc' as const,
    }),
  },
  (set) => ({ view: 'list', show: (view) => set({ view }) }),
);
