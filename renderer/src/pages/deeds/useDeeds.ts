import { createYearListStore } from '../../lists/createYearListStore';

export interface DeedFilters {
  /** Title, content or source. */
  q: string;
  memberId?: number;
}

/** The year's deeds matching the search and member, newest first, a page at a time. */
export const useDeeds = createYearListStore<DeedFilters>()('deeds', {
  query: (year, { memberId }) => ({ year, memberId }),
});
