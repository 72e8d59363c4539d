import type { DocumentKind } from '../../../../shared/enums';
import { createYearListStore, type YearListFilters } from '../../lists/createYearListStore';

/** The search box matches title or body. */
export type DocumentFilters = YearListFilters<'documents', 'kind'>;

/** The year's documents matching the search and kind, a page at a time: a plan, two summaries and one 履职小结 per member. */
export const useDocuments = createYearListStore<DocumentFilters>()('documents');

/** The group's own documents of a year that the volume needs ("年初有计划，半年有小结，年终有总结"). */
export const groupKinds: DocumentKind[] = ['annual_plan', 'half_year_summary', 'annual_summary'];
