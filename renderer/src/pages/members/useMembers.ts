import { create } from 'zustand';
import type { Member } from '../../../../shared/contract/members';
import type { CommitteeLevel, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { changedFields, type MemberInput } from './memberFormValues';

export interface MemberFilters {
  /** Name, pinyin initials or phone (the archive also matches 界别, 单位 and 联系村). */
  q: string;
  sector?: string;
  committeeLevel?: CommitteeLevel;
  position?: Position;
  groupRole?: GroupRole;
  status?: MemberStatus;
}

interface MembersState {
  filters: MemberFilters;
  page: number;
  pageSize: number;
  items: Member[];
  total: number;
  loading: boolean;
  /** Why the roster could not be read, if it could not. */
  loadError: ResultError | null;
  sectors: string[];
  /** Typing in the search box: the roster follows after a short pause. */
  search(q: string): void;
  filter(patch: Omit<Partial<MemberFilters>, 'q'>): void;
  clearFilters(): void;
  turnPage(page: number, pageSize: number): void;
  load(): Promise<void>;
  loadSectors(): Promise<void>;
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: MemberInput, before?: { id: number; input: MemberInput }): Promise<Result<Member>>;
  remove(id: number): Promise<Result<Member>>;
  restore(id: number): Promise<Result<Member>>;
}

export const SEARCH_DELAY_MS = 150;
const emptyFilters: MemberFilters = { q: '' };

let searchTimer: ReturnType<typeof setTimeout> | undefined;
/** Only the newest list request may fill the table; slower older answers are dropped. */
let requestSeq = 0;

export const useMembers = create<MembersState>()((set, get) => {
  async function afterChange<T>(r: Result<T>): Promise<Result<T>> {
    if (r.ok) await Promise.all([get().load(), get().loadSectors()]);
    return r;
  }

  return {
    filters: emptyFilters,
    page: 1,
    pageSize: 50,
    items: [],
    total: 0,
    loading: true,
    loadError: null,
    sectors: [],

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
      const r = await call('members.list', {
        q: q || undefined,
        sector: filters.sector,
        committeeLevel: filters.committeeLevel,
        position: filters.position,
        groupRole: filters.groupRole,
        status: filters.status,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      if (seq !== requestSeq) return;
      const lastPage = r.ok ? Math.max(1, Math.ceil(r.value.total / pageSize)) : page;
      // The last row of the last page went to the recycle bin: show the page before it.
      if (r.ok && page > lastPage) {
        set({ page: lastPage });
        return get().load();
      }
      if (r.ok) set({ items: r.value.items, total: r.value.total, loading: false, loadError: null });
      else set({ loading: false, loadError: r.error });
    },

    async loadSectors() {
      const r = await call('members.sectors', {});
      if (r.ok) set({ sectors: r.value });
    },

    async save(input, before) {
      const r = before
        ? await call('members.update', { id: before.id, patch: changedFields(before.input, input) })
        : await call('members.create', input);
      return afterChange(r);
    },
    remove: async (id) => afterChange(await call('members.delete', { id })),
    restore: async (id) => afterChange(await call('members.restore', { id })),
  };
});

export const hasFilters = ({ q, ...choices }: MemberFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
