import { z } from 'zod';
import { id, text, year } from './fields';

/** What every list of records takes: its page, which rows of the recycle bin it shows, search words. */

export const paging = {
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
};

/** Recycle-bin visibility of a list: live rows (default), deleted rows only, or both. */
export const binScope = z.enum(['live', 'deleted', 'all']).optional();

/** The words a list's search box filters by. */
export const searchWords = text(60, '搜索词').optional();

/**
 * A page of a kind's list: its own filters, then which rows of the recycle bin it shows, its
 * order (when it offers more than one) and the page.
 */
export function listInput<F extends z.ZodRawShape, O extends z.ZodRawShape = Record<never, never>>(
  filters: F,
  order?: O,
) {
  return z.object({ ...filters, scope: binScope, ...(order as O), ...paging }).strict();
}

/**
 * A page of a year's records of a kind written by members (proposals, reports, deeds, documents):
 * by year, the kind's own filters, a member named on the record, and search words.
 */
export const yearListInput = <F extends z.ZodRawShape>(filters: F) =>
  listInput({ year: year.optional(), ...filters, memberId: id.optional(), q: searchWords });
