import type { CommitteeLevel, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { call } from '../../api/client';
import { createPagedListStore } from '../../lists/createPagedListStore';
import { recordWrites, type RecordWrites } from '../../lists/recordWrites';

export interface MemberFilters {
  /** Name, pinyin initials or phone (the archive also matches 界别, 单位 and 联系村). */
  q: string;
  sector?: string;
  committeeLevel?: CommitteeLevel;
  position?: Position;
  groupRole?: GroupRole;
  status?: MemberStatus;
}

interface RosterExtras extends RecordWrites<'members'> {
  /** The 界别 members have, offered by the filter. */
  sectors: string[];
  loadSectors(): Promise<void>;
}

/** The roster, a page at a time; every change reads the page and the sectors again. */
export const useMembers = createPagedListStore<MemberFilters, RosterExtras>()(
  'members.list',
  ({ sector, committeeLevel, position, groupRole, status }) => ({
    sector,
    committeeLevel,
    position,
    groupRole,
    status,
  }),
  (set, get) => ({
    sectors: [],
    async loadSectors() {
      const r = await call('members.sectors', {});
      if (r.ok) set({ sectors: r.value });
    },
    ...recordWrites('members', () => Promise.all([get().load(), get().loadSectors()])),
  }),
);
