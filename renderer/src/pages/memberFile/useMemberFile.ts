import { create } from 'zustand';
import type { MemberDutyFile } from '../../../../shared/contract/memberFile';
import { ok } from '../../../../shared/result';
import { call } from '../../api/client';
import { storeRead, type ReadState } from '../../api/storeRead';
import { useRoute } from '../../shell/useRoute';

interface MemberFileState extends ReadState {
  /** Whose file is open; null until a member is picked. */
  memberId: number | null;
  file: MemberDutyFile | null;
  pick(memberId: number | null): void;
  load(year: number): Promise<void>;
}

export const useMemberFile = create<MemberFileState>()((set, get) => {
  const read = storeRead<MemberFileState>(set);
  return {
    memberId: null,
    file: null,
    loading: false,
    loadError: null,

    pick: (memberId) => set({ memberId }),

    load(year) {
      const { memberId } = get();
      return read(
        // With no one picked there is nothing to read, and an answer still on its way is dropped.
        () => (memberId === null ? Promise.resolve(ok(null)) : call('members.dutyFile', { memberId, year })),
        (file) => ({ file }),
        { file: null },
      );
    },
  };
});

/** Opens a member's 履职档案 from anywhere a member is named (the roster, the overview, 八个一). */
export function openMemberFile(memberId: number): void {
  useMemberFile.getState().pick(memberId);
  useRoute.getState().go('memberFile');
}
