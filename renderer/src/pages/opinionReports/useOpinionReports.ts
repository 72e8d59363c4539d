import type { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface OpinionReportFilters {
  /** Title, content or endorsement. */
  q: string;
  status?: OpinionReportStatus;
  adoptedLevel?: AdoptionLevel;
}

/** The year's reports matching the search, status and 采用层级, newest first, a page at a time. */
export const useOpinionReports = createYearListStore<OpinionReportFilters>()('opinionReports', {
  query: (year, { status, adoptedLevel }) => ({ year, status, adoptedLevel }),
});
