import type { DocumentKind } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface DocumentFilters {
  /** Title or body. */
  q: string;
  kind?: DocumentKind;
}

/** The year's documents matching the search and kind, a page at a time: a plan, two summaries and one 履职小结 per member. */
export const useDocuments = createYearListStore<DocumentFilters>()('documents', {
  query: (year, { kind }) => ({ year, kind }),
});

/** The group's own documents of a year that the volume needs ("年初有计划，半年有小结，年终有总结"). */
export const groupKinds: DocumentKind[] = ['annual_plan', 'half_year_summary', 'annual_summary'];
