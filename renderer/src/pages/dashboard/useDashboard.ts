import { create } from 'zustand';
import type { Activity } from '../../../../shared/contract/activities';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import type { Member } from '../../../../shared/contract/members';
import type { YearStats } from '../../../../shared/contract/stats';
import { call } from '../../api/client';
import { allRead, storeRead, type ReadState } from '../../api/storeRead';

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

interface DashboardState extends ReadState {
  overview: Overview | null;
  load(year: number): Promise<void>;
}

/** A year holds 10–40 activities and a group 15–60 members: one page of each is the whole set. */
const ALL = 1000;

export const useDashboard = create<DashboardState>()((set) => {
  const read = storeRead<DashboardState>(set);
  return {
    overview: null,
    loading: true,
    loadError: null,

    load: (year) =>
      read(
        () =>
          allRead([
            call('stats.year', { year }),
            call('duty.matrix', { year }),
            call('activities.list', { year, status: 'held', limit: ALL }),
            call('members.list', { status: 'active', limit: ALL }),
            call('deeds.list', { year, limit: 1 }),
          ]),
        ([stats, matrix, held, members, deeds]) => ({
          overview: { year, stats, matrix, held: held.items, members: members.items, deeds: deeds.total },
        }),
      ),
  };
});
