import { createYearListStore, type YearListFilters } from '../../lists/createYearListStore';

/** The search box matches title, content or source. */
export type DeedFilters = YearListFilters<'deeds', 'memberId'>;

/** The year's deeds matching the search and member, newest first, a page at a time. */
export const useDeeds = createYearListStore<DeedFilters>()('deeds');
