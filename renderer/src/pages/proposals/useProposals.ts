import { createYearListStore, type YearListFilters } from '../../lists/createYearListStore';

/** The search box matches title, number, content or handling unit. */
export type ProposalFilters = YearListFilters<'proposals', 'filing' | 'result'>;

/** The year's proposals matching the search, 立案情况 and 办理结果, newest first, a page at a time. */
export const useProposals = createYearListStore<ProposalFilters>()('proposals');
