import type { MethodName } from '../../shared/api';
import { LAST_YEAR } from '../scale';

export const year = LAST_YEAR;
export const live = 'deleted_at IS NULL';
export const like = (q: string) => `%${q}%`;

export type Area = 'list' | 'search' | 'matrix' | 'stats' | 'memberFile';

/** One read the UI issues: the contract call, and the same SQL run raw for the ratio. */
export interface QueryCase {
  area: Area;
  name: string;
  method: MethodName;
  input: Record<string, unknown>;
  raw: () => unknown;
}
