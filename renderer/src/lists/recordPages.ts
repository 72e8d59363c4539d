import type { Result } from '../../../shared/result';
import { call } from '../api/client';
import type { RecordSection } from '../shell/routeHash';

interface RecordPage {
  /** The records, as the clerk calls them and the page is titled: 提案, 计划事项. */
  what: string;
  /** Names a deleted record's undo message, e.g. `proposal-deleted-12`. */
  kind: string;
  /** Reads the record an address names. */
  read(id: number): Promise<Result<{ id: number }>>;
}

/** What each page of records is called, and how it reads the record an address names. */
export const recordPages: Record<RecordSection, RecordPage> = {
  members: { what: '委员', kind: 'member', read: (id) => call('members.get', { id }) },
  activities: { what: '活动', kind: 'activity', read: (id) => call('activities.get', { id }) },
  plans: { what: '计划事项', kind: 'plan', read: (id) => call('plan.get', { id }) },
  proposals: { what: '提案', kind: 'proposal', read: (id) => call('proposals.get', { id }) },
  opinionReports: { what: '社情民意', kind: 'report', read: (id) => call('opinionReports.get', { id }) },
  deeds: { what: '先进事迹', kind: 'deed', read: (id) => call('deeds.get', { id }) },
  documents: { what: '文档', kind: 'document', read: (id) => call('documents.get', { id }) },
};
