import type { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface ProposalFilters {
  /** Title, number, content or handling unit. */
  q: string;
  filing?: ProposalFiling;
  result?: ProposalResult;
}

/** The year's proposals matching the search, 立案情况 and 办理结果, newest first, a page at a time. */
export const useProposals = createYearListStore<ProposalFilters>()('proposals', {
  query: (year, { filing, result }) => ({ year, filing, result }),
});
