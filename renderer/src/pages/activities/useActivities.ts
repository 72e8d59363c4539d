import type { Activity } from '../../../../shared/contract/activities';
import type { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { quarterOfMonth, type Quarter } from '../../format/chineseDates';
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

/**
 * The year's activities that match type, status and search (the quarter is picked on screen from
 * these); a group holds 10–40 a year, for list and calendar.
 */
export const useActivities = createYearListStore<ActivityFilters, ActivityViewState>()(
  'activities',
  {
    query: (year, { type, status }) => ({ year, type, status, orderBy: 'dateDesc' as const }),
    onScreen: ['quarter'],
  },
  (set) => ({ view: 'list', show: (view) => set({ view }) }),
);

/** The activities the page shows: the year's, narrowed to the chosen quarter. */
export const inQuarter = (items: Activity[], quarter?: Quarter) =>
  quarter ? items.filter((a) => quarterOfMonth(Number(a.startsOn.slice(5, 7))) === quarter) : items;
