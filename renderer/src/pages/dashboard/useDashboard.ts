import { create } from 'zustand';
import type { Activity } from '../../../../shared/contract/activities';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import type { Member } from '../../../../shared/contract/members';
import type { YearStats } from '../../../../shared/contract/stats';
import type { ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { firstError } from '../../api/firstError';
import { newestRead } from '../../api/newestRead';

/** Everything the overview shows for one year, read together. */
export interface Overview {
  year: number;
  stats: YearStats;
  matrix: DutyMatrix;
  /** The year's held activities, for the chart by month. */
  held: Activity[];
  /** Members in office, for the birthday list. */
  members: Member[];
  deeds: number;
}

interface DashboardState {
  overview: Overview | null;
  loading: boolean;
  loadError: ResultError | null;
  load(year: number): Promise<void>;
}

/** A year holds 10–40 activities and a group 15–60 members: one page of each is the whole set. */
const ALL = 1000;

const reads = newestRead();

export const useDashboard = create<DashboardState>()((set) => ({
  overview: null,
  loading: true,
  loadError: null,

  async load(year) {
    const isNewest = reads.start();
    set({ loading: true });
    const [stats, matrix, held, members, deeds] = await Promise.all([
      call('stats.year', { year }),
      call('duty.matrix', { year }),
      call('activities.list', { year, status: 'held', limit: ALL }),
      call('members.list', { status: 'active', limit: ALL }),
      call('deeds.list', { year, limit: 1 }),
    ]);
    if (!isNewest()) return;
    if (!stats.ok || !matrix.ok || !held.ok || !members.ok || !deeds.ok)
      return set({ loading: false, loadError: firstError(stats, matrix, held, members, deeds) });
    set({
      loading: false,
      loadError: null,
      overview: {
        year,
        stats: stats.value,
        matrix: matrix.value,
        held: held.value.items,
        members: members.value.items,
        deeds: deeds.value.total,
      },
    });
  },
}));
