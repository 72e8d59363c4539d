import { create } from 'zustand';
import type { AuditEntry } from '../../../../shared/contract/audit';
import type { AuditAction, Entity } from '../../../../shared/enums';
import type { ResultError } from '../../../../shared/result';
import { call } from '../../api/client';

export interface AuditFilters {
  /** Words in the summary, e.g. a member's name. */
  q: string;
  entity?: Entity;
  action?: AuditAction;
  /** First and last day, written 2026-05-14. */
  from?: string;
  to?: string;
}

interface AuditLogState {
  filters: AuditFilters;
  page: number;
  pageSize: number;
  items: AuditEntry[];
  total: number;
  loading: boolean;
  loadError: ResultError | null;
  search(q: string): void;
  filter(patch: Omit<Partial<AuditFilters>, 'q'>): void;
  clearFilters(): void;
  turnPage(page: number, pageSize: number): void;
  load(): Promise<void>;
}

export const SEARCH_DELAY_MS = 150;
const emptyFilters: AuditFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let requestSeq = 0;

/** The audit log (操作记录), newest first, a page at a time: it grows with every change. */
export const useAuditLog = create<AuditLogState>()((set, get) => ({
  filters: emptyFilters,
  page: 1,
  pageSize: 50,
  items: [],
  total: 0,
  loading: true,
  loadError: null,

  search(q) {
    set({ filters: { ...get().filters, q }, page: 1 });
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void get().load(), SEARCH_DELAY_MS);
  },
  filter(patch) {
    set({ filters: { ...get().filters, ...patch }, page: 1 });
    void get().load();
  },
  clearFilters() {
    set({ filters: emptyFilters, page: 1 });
    void get().load();
  },
  turnPage(page, pageSize) {
    set({ page, pageSize });
    void get().load();
  },

  async load() {
    clearTimeout(searchTimer);
    const seq = ++requestSeq;
    const { filters, page, pageSize } = get();
    set({ loading: true });
    const q = filters.q.trim();
    const r = await call('audit.list', {
      entity: filters.entity,
      action: filters.action,
      from: filters.from,
      to: filters.to,
      q: q || undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    if (seq !== requestSeq) return;
    if (r.ok) set({ items: r.value.items, total: r.value.total, loading: false, loadError: null });
    else set({ items: [], total: 0, loading: false, loadError: r.error });
  },
}));

export const hasFilters = ({ q, ...choices }: AuditFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
