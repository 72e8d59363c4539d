import type { OpinionReport } from '../../../../shared/contract/reports';
import type { AdoptionLevel, ReportStatus } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface ReportFilters {
  /** Title, content or endorsement. */
  q: string;
  status?: ReportStatus;
  /** Picked on screen from the year already read: the contract lists by status only. */
  adoptedLevel?: AdoptionLevel;
}

/** The year's reports matching the search and status (every member reports one or two a year). */
export const useReports = createYearListStore<ReportFilters>()('reports', {
  query: (year, { status }) => ({ year, status }),
  onScreen: ['adoptedLevel'],
});

/** The reports the page shows: those read, narrowed to the chosen 采用层级. */
export const withLevel = (items: OpinionReport[], level?: AdoptionLevel) =>
  level ? items.filter((r) => r.adoptedLevel === level) : items;
