import { create } from 'zustand';
import { useGroup } from '../shell/useGroup';

interface WorkingYearState {
  /** The year the clerk switched to on a page; null while it is the group's current year. */
  chosen: number | null;
  choose(year: number): void;
}

/** One chosen year for every page, so switching to 2025 on 活动 shows 2025 on 年度计划 too. */
export const useWorkingYear = create<WorkingYearState>()((set) => ({
  chosen: null,
  choose: (year) => set({ chosen: year }),
}));

/** The year pages open on: the one chosen, else the group's current year, else this calendar year. */
export function useYear(): number {
  const chosen = useWorkingYear((s) => s.chosen);
  const current = useGroup((s) => s.group?.currentYear);
  return chosen ?? current ?? new Date().getFullYear();
}
