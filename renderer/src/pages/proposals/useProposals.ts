import { create } from 'zustand';
import type { Proposal } from '../../../../shared/contract/proposals';
import type { ProposalFiling, ProposalResult } from '../../../../shared/enums';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import type { ProposalInput } from './proposalFormValues';

export interface ProposalFilters {
  /** Title, number, content or handling unit. */
  q: string;
  filing?: ProposalFiling;
  /** Picked on screen from the year already read: the contract lists by filing only. */
  result?: ProposalResult;
}

interface ProposalsState {
  year: number | null;
  filters: ProposalFilters;
  /** The year's proposals matching the search and 立案情况. */
  items: Proposal[];
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<ProposalFilters>, 'q'>): void;
  clearFilters(): void;
  load(year?: number): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: ProposalInput, before?: { id: number; input: ProposalInput }): Promise<Result<Proposal>>;
  remove(id: number): Promise<Result<Proposal>>;
  restore(id: number): Promise<Result<Proposal>>;
}

export const SEARCH_DELAY_MS = 150;
/** A group hands in a handful of proposals a year: the whole year is read at once. */
const YEAR_LIMIT = 1000;
const emptyFilters: ProposalFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

export const useProposals = create<ProposalsState>()((set, get) => {
  async function afterChange<T>(r: Result<T>): Promise<Result<T>> {
    if (r.ok) await get().load();
    return r;
  }

  return {
    year: null,
    filters: emptyFilters,
    items: [],
    loading: true,
    loadError: null,

    search(q) {
      set({ filters: { ...get().filters, q } });
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void get().load(), SEARCH_DELAY_MS);
    },
    filter(patch) {
      set({ filters: { ...get().filters, ...patch } });
      if (!('result' in patch && Object.keys(patch).length === 1)) void get().load();
    },
    clearFilters() {
      set({ filters: emptyFilters });
      void get().load();
    },

    async load(year = get().year ?? undefined) {
      if (year === undefined) return;
      clearTimeout(searchTimer);
      const seq = ++requestSeq;
      const { filters } = get();
      set({ year, loading: true });
      const q = filters.q.trim();
      const r = await call('proposals.list', { year, filing: filters.filing, q: q || undefined, limit: YEAR_LIMIT });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value.items, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    async save(input, before) {
      const r = before
        ? await call('proposals.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('proposals.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('proposals.delete', { id })),
    restore: async (id) => afterChange(await call('proposals.restore', { id })),
  };
});

/** The proposals the page shows: those read, narrowed to the chosen 办理结果. */
export const withResult = (items: Proposal[], result?: ProposalResult) =>
  result ? items.filter((p) => p.result === result) : items;

export const hasFilters = ({ q, ...choices }: ProposalFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
