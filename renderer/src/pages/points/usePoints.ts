import { create } from 'zustand';
import type { YearPoints, YearPointsRules } from '../../../../shared/contract/points';
import type { PointsRules } from '../../../../shared/pointsRules';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { firstError } from '../../api/firstError';
import { newestRead } from '../../api/newestRead';

interface PointsState {
  points: YearPoints | null;
  rules: YearPointsRules | null;
  loading: boolean;
  loadError: ResultError | null;
  load(year: number): Promise<void>;
  saveRules(year: number, rules: PointsRules): Promise<Result<YearPointsRules>>;
}

const reads = newestRead();

/** The year's ranking and the rules it was scored by; saving the rules scores the year again. */
export const usePoints = create<PointsState>()((set, get) => ({
  points: null,
  rules: null,
  loading: true,
  loadError: null,

  async load(year) {
    const isNewest = reads.start();
    set({ loading: true });
    const [points, rules] = await Promise.all([call('points.year', { year }), call('points.rules', { year })]);
    // A later year switch wins over an answer still on its way.
    if (!isNewest()) return;
    if (points.ok && rules.ok) set({ points: points.value, rules: rules.value, loading: false, loadError: null });
    else set({ loading: false, loadError: firstError(points, rules) });
  },

  async saveRules(year, rules) {
    const r = await call('points.setRules', { year, rules });
    if (r.ok) await get().load(year);
    return r;
  },
}));
