import { create } from 'zustand';
import type { RecycleItem } from '../../../../shared/contract/recycle';
import type { Result, ResultError } from '../../../../shared/result';
import { call } from '../../api/client';
import { restoreMethodOf, type RecyclableKind } from '../../../../shared/recordKinds';

interface RecycleBinState {
  items: RecycleItem[];
  total: number;
  loading: boolean;
  loadError: ResultError | null;
  load(): Promise<void>;
  restore(item: RecycleItem): Promise<Result<unknown>>;
}

/** Rows read at once; a clerk's bin holds far fewer, and the page says when there are more. */
export const BIN_LIMIT = 1000;

/** The recycle bin: every deleted row of every kind, most recently deleted first. */
export const useRecycleBin = create<RecycleBinState>()((set, get) => ({
  items: [],
  total: 0,
  loading: true,
  loadError: null,

  async load() {
    set({ loading: true });
    const r = await call('recycle.list', { limit: BIN_LIMIT });
    if (r.ok) set({ items: r.value.items, total: r.value.total, loading: false, loadError: null });
    else set({ loading: false, loadError: r.error });
  },

  async restore(item) {
    const r = await call(restoreMethodOf(item.entity), { id: item.id });
    if (r.ok) await get().load();
    return r;
  },
}));

/** The bin's rows by kind, kinds in the order their first row was deleted (newest first). */
export function byEntity(items: RecycleItem[]): [RecyclableKind, RecycleItem[]][] {
  const groups = new Map<RecyclableKind, RecycleItem[]>();
  for (const item of items) groups.set(item.entity, [...(groups.get(item.entity) ?? []), item]);
  return [...groups];
}
