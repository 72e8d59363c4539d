import { create } from 'zustand';
import type { MemberDutyFile } from '../../../../shared/contract/memberFile';
import type { ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { newestRead } from '../../api/newestRead';
import { useRoute } from '../../shell/useRoute';

interface MemberFileState {
  /** Whose file is open; null until a member is picked. */
  memberId: number | null;
  file: MemberDutyFile | null;
  loading: boolean;
  loadError: ResultError | null;
  pick(memberId: number | null): void;
  load(year: number): Promise<void>;
}

const reads = newestRead();

export const useMemberFile = create<MemberFileState>()((set, get) => ({
  memberId: null,
  file: null,
  loading: false,
  loadError: null,

  pick: (memberId) => set({ memberId }),

  async load(year) {
    const { memberId } = get();
    const isNewest = reads.start();
    if (memberId === null) return set({ file: null, loading: false, loadError: null });
    set({ loading: true });
    const r = await call('members.dutyFile', { memberId, year });
    if (!isNewest()) return;
    if (r.ok) set({ file: r.value, loading: false, loadError: null });
    else set({ file: null, loading: false, loadError: r.error });
  },
}));

/** Opens a member's 履职档案 from anywhere a member is named (the roster, the overview, 八个一). */
export function openMemberFile(memberId: number): void {
  useMemberFile.getState().pick(memberId);
  useRoute.getState().go('memberFile');
}
