import type { AdoptionLevel, ReportStatus } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface ReportFilters {
  /** Title, content or endorsement. */
  q: string;
  status?: ReportStatus;
  adoptedLevel?: AdoptionLevel;
}

/** The year's reports matching the search, status and 采用层级, newest first, a page at a time. */
export const useReports = createYearListStore<ReportFilters>()('reports', {
  query: (year, { status, adoptedLevel }) => ({ year, status, adoptedLevel }),
});
