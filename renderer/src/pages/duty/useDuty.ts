import { create } from 'zustand';
import type { Input } from '../../../../shared/api';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import type { DutyRecord } from '../../../../shared/contract/dutyRecords';
import type { Scheme } from '../../../../shared/contract/schemes';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { storeRead, type ReadState } from '../../api/storeRead';

interface DutyState extends ReadState {
  matrix: DutyMatrix | null;
  /** Every live scheme, to choose the year's from and to edit. */
  schemes: Scheme[];
  load(year?: number): Promise<void>;
  loadSchemes(): Promise<void>;
  setScheme(year: number, schemeId: number): Promise<Result<Scheme>>;
  createScheme(input: Input<'schemes.create'>): Promise<Result<Scheme>>;
  updateScheme(input: Input<'schemes.update'>): Promise<Result<Scheme>>;
  addRecord(input: Input<'dutyRecords.create'>): Promise<Result<DutyRecord>>;
  removeRecord(id: number): Promise<Result<DutyRecord>>;
  restoreRecord(id: number): Promise<Result<DutyRecord>>;
}

/** The year's duty matrix and the schemes; every change reads the matrix again, as it counts anew. */
export const useDuty = create<DutyState>()((set, get) => {
  const read = storeRead<DutyState>(set);
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
      await read(
        () => call('duty.matrix', { year }),
        (matrix) => ({ matrix }),
      );
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
