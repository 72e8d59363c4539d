import type { ArchiveDocument } from '../../../../shared/contract/documents';
import type { DocumentKind } from '../../../../shared/enums';
import { createYearListStore } from '../../lists/createYearListStore';

export interface DocumentFilters {
  /** Title or body. */
  q: string;
  /** Picked on screen from the year already read, so the missing plan and summaries stay known. */
  kind?: DocumentKind;
}

/** The year's documents matching the search: a plan, two summaries and one 履职小结 per member. */
export const useDocuments = createYearListStore<DocumentFilters>()('documents', {
  query: (year) => ({ year }),
  onScreen: ['kind'],
});

export const ofKind = (items: ArchiveDocument[], kind?: DocumentKind) =>
  kind ? items.filter((d) => d.kind === kind) : items;

/** The group's own documents of a year that the volume needs ("年初有计划，半年有小结，年终有总结"). */
export const groupKinds: DocumentKind[] = ['annual_plan', 'half_year_summary', 'annual_summary'];
