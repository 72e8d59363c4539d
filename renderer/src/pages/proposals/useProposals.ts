import type { Proposal } from '../../../../shared/contract/proposals';
import type { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface ProposalFilters {
  /** Title, number, content or handling unit. */
  q: string;
  filing?: ProposalFiling;
  /** Picked on screen from the year already read: the contract lists by filing only. */
  result?: ProposalResult;
}

/** The year's proposals matching the search and 立案情况 (a group hands in a handful a year). */
export const useProposals = createYearListStore<ProposalFilters>()('proposals', {
  query: (year, { filing }) => ({ year, filing }),
  onScreen: ['result'],
});

/** The proposals the page shows: those read, narrowed to the chosen 办理结果. */
export const withResult = (items: Proposal[], result?: ProposalResult) =>
  result ? items.filter((p) => p.result === result) : items;
