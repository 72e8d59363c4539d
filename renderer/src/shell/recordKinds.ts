import type { SearchKind } from '../../../shared/contract/search';
import type { RecordSection } from './routeHash';

/** The section where a record of each kind opens: a search hit or a 八个一 credit goes there. */
export const sectionOfKind: Record<SearchKind, RecordSection> = {
  member: 'members',
  activity: 'activities',
  proposal: 'proposals',
  opinion_report: 'opinionReports',
  deed: 'deeds',
  document: 'documents',
};

export const hasOwnAddress = (kind: string): kind is SearchKind => Object.hasOwn(sectionOfKind, kind);
