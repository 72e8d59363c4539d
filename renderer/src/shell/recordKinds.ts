import type { RecordSection } from './routeHash';
import type { SearchableKind } from '../../../shared/recordKinds';

/** The section where a record of each kind opens: a search hit or a 八个一 credit goes there. */
export const sectionOfKind: Record<SearchableKind, RecordSection> = {
  member: 'members',
  activity: 'activities',
  proposal: 'proposals',
  opinion_report: 'opinionReports',
  deed: 'deeds',
  document: 'documents',
};

export const hasOwnAddress = (kind: string): kind is SearchableKind => Object.hasOwn(sectionOfKind, kind);
