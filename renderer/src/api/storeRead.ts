import type { Result, ResultError } from '../../../shared/result';
import { newestRead } from './newestRead';

/** What a store filled from the archive says about its reading. */
export interface ReadState {
  loading: boolean;
  /** Why the newest read failed, if it did. */
  loadError: ResultError | null;
}

/** Reads made together as one: all their values, or the first one's failure. */
export async function allRead<R extends readonly Promise<Result<unknown>>[] | []>(
  reads: R,
): Promise<Result<{ -readonly [K in keyof R]: Extract<Awaited<R[K]>, { ok: true }>['value'] }>> {
  const results = await Promise.all(reads);
  for (const r of results) if (!r.ok) return r;
  return { ok: true, value: results.map((r) => (r as { value: unknown }).value) as never };
}

/**
 * The reads of a store's `load`: each puts what its answer holds (`done`), or `failed` and the
 * error; only the newest read's answer is kept, so a slow older one (a year or member switched
 * quickly) is dropped.
 */
export function storeRead<S extends ReadState>(set: (patch: Partial<S>) => void) {
  const reads = newestRead();
  return async <T>(read: () => Promise<Result<T>>, done: (value: T) => Partial<S>, failed?: Partial<S>) => {
    const isNewest = reads.start();
    set({ loading: true } as Partial<S>);
    const r = await read();
    if (!isNewest()) return;
    if (r.ok) set({ ...done(r.value), loading: false, loadError: null } as Partial<S>);
    else set({ ...failed, loading: false, loadError: r.error } as Partial<S>);
  };
}
