import { create } from 'zustand';
import type { Input } from '../../../../shared/api';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import type { DutyRecord } from '../../../../shared/contract/dutyRecords';
import type { Scheme } from '../../../../shared/contract/schemes';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';

interface DutyState {
  matrix: DutyMatrix | null;
  /** Every live scheme, to choose the year's from and to edit. */
  schemes: Scheme[];
  loading: boolean;
  loadError: ResultError | null;
  load(year?: number): Promise<void>;
  loadSchemes(): Promise<void>;
  setScheme(year: number, schemeId: number): Promise<Result<Scheme>>;
  createScheme(input: Input<'schemes.create'>): Promise<Result<Scheme>>;
  updateScheme(input: Input<'schemes.update'>): Promise<Result<Scheme>>;
  addRecord(input: Input<'dutyRecords.create'>): Promise<Result<DutyRecord>>;
  removeRecord(id: number): Promise<Result<DutyRecord>>;
  restoreRecord(id: number): Promise<Result<DutyRecord>>;
}

let requestSeq = 0;

/** The year's duty matrix and the schemes; every change reads the matrix again, as it counts anew. */
export const useDuty = create<DutyState>()((set, get) => {
  async function afterChange<T>(r: Result<T>, schemesToo = false): Promise<Result<T>> {
    if (r.ok) await Promise.all([get().load(), schemesToo ? get().loadSchemes() : undefined]);
    return r;
  }

  return {
    matrix: null,
    schemes: [],
    loading: true,
    loadError: null,

    async load(year = get().matrix?.year) {
      if (year === undefined) return;
      const seq = ++requestSeq;
      set({ loading: true });
      const r = await call('duty.matrix', { year });
      if (seq !== requestSeq) return;
      if (r.ok) set({ matrix: r.value, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },
    async loadSchemes() {
      const r = await call('schemes.list', {});
      if (r.ok) set({ schemes: r.value });
    },

    setScheme: async (year, schemeId) => afterChange(await call('schemes.setForYear', { year, schemeId }), true),
    createScheme: async (input) => afterChange(await call('schemes.create', input), true),
    updateScheme: async (input) => afterChange(await call('schemes.update', input), true),
    addRecord: async (input) => afterChange(await call('dutyRecords.create', input)),
    removeRecord: async (id) => afterChange(await call('dutyRecords.delete', { id })),
    restoreRecord: async (id) => afterChange(await call('dutyRecords.restore', { id })),
  };
});
