import { create } from 'zustand';
import type { YearPoints, YearPointsRules } from '../../../../shared/contract/points';
import type { PointsRules } from '../../../../shared/pointsRules';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { allRead, storeRead, type ReadState } from '../../api/storeRead';

interface PointsState extends ReadState {
  points: YearPoints | null;
  rules: YearPointsRules | null;
  load(year: number): Promise<void>;
  saveRules(year: number, rules: PointsRules): Promise<Result<YearPointsRules>>;
}

/** The year's ranking and the rules it was scored by; saving the rules scores the year again. */
export const usePoints = create<PointsState>()((set, get) => {
  const read = storeRead<PointsState>(set);
  return {
    points: null,
    rules: null,
    loading: true,
    loadError: null,

    load: (year) =>
      read(
        () => allRead([call('points.year', { year }), call('points.rules', { year })]),
        ([points, rules]) => ({ points, rules }),
      ),

    async saveRules(year, rules) {
      const r = await call('points.setRules', { year, rules });
      if (r.ok) await get().load(year);
      return r;
    },
  };
});
