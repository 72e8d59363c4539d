import { create } from 'zustand';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import type { DocumentKind } from '../../../../shared/enums';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields } from '../../forms/changedFields';
import type { DocumentInput } from './documentFormValues';

export interface DocumentFilters {
  /** Title or body. */
  q: string;
  /** Picked on screen from the year already read, so the missing plan and summaries stay known. */
  kind?: DocumentKind;
}

interface DocumentsState {
  year: number | null;
  filters: DocumentFilters;
  /** The year's documents matching the search. */
  items: ArchiveDocument[];
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<DocumentFilters>, 'q'>): void;
  clearFilters(): void;
  load(year?: number): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: DocumentInput, before?: { id: number; input: DocumentInput }): Promise<Result<ArchiveDocument>>;
  remove(id: number): Promise<Result<ArchiveDocument>>;
  restore(id: number): Promise<Result<ArchiveDocument>>;
}

export const SEARCH_DELAY_MS = 150;
/** A plan, two summaries and one 履职小结 per member: the whole year is read at once. */
const YEAR_LIMIT = 1000;
const emptyFilters: DocumentFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

export const useDocuments = create<DocumentsState>()((set, get) => {
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
    filter: (patch) => set({ filters: { ...get().filters, ...patch } }),
    clearFilters() {
      set({ filters: emptyFilters });
      void get().load();
    },

    async load(year = get().year ?? undefined) {
      if (year === undefined) return;
      clearTimeout(searchTimer);
      const seq = ++requestSeq;
      const q = get().filters.q.trim();
      set({ year, loading: true });
      const r = await call('documents.list', { year, q: q || undefined, limit: YEAR_LIMIT });
      if (seq !== requestSeq) return;
      if (r.ok) set({ items: r.value.items, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    async save(input, before) {
      const r = before
        ? await call('documents.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('documents.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('documents.delete', { id })),
    restore: async (id) => afterChange(await call('documents.restore', { id })),
  };
});

export const ofKind = (items: ArchiveDocument[], kind?: DocumentKind) =>
  kind ? items.filter((d) => d.kind === kind) : items;

/** The group's own documents of a year that the volume needs ("年初有计划，半年有小结，年终有总结"). */
export const groupKinds: DocumentKind[] = ['annual_plan', 'half_year_summary', 'annual_summary'];

export const hasFilters = ({ q, ...choices }: DocumentFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
