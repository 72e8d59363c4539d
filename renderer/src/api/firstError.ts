import type { Result, ResultError } from '../../../shared/result';

/** Why the first failed one of reads made together failed; null when all succeeded. */
export function firstError(...results: Result<unknown>[]): ResultError | null {
  for (const r of results) if (!r.ok) return r.error;
  return null;
}
