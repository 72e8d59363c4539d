import { createYearListStore, type YearListFilters } from '../../lists/createYearListStore';

/** The search box matches title, content or endorsement. */
export type OpinionReportFilters = YearListFilters<'opinionReports', 'status' | 'adoptedLevel'>;

/** The year's reports matching the search, status and 采用层级, newest first, a page at a time. */
export const useOpinionReports = createYearListStore<OpinionReportFilters>()('opinionReports');
