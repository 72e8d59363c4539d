import { create } from 'zustand';
import type { GroupSettings } from '../../../shared/contract/group';
import { call } from '../api/client';

interface GroupState {
  /** The group's settings once read; null before, or when the archive could not be read. */
  group: GroupSettings | null;
  load(): Promise<void>;
}

/** The liaison group's name and working year, shown in the header. */
export const useGroup = create<GroupState>()((set) => ({
  group: null,
  async load() {
    const r = await call('group.get', {});
    if (r.ok) set({ group: r.value });
  },
}));
