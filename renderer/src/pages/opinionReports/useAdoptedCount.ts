import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import type { YearListQuery } from '../../lists/createYearListStore';

/** Filtered to another status, none of the reports listed is adopted: nothing to count. */
const noneAdopted = (query: YearListQuery<'opinionReports'>) =>
  query.status !== undefined && query.status !== 'adopted';

/**
 * How many of the reports the list matches (on all its pages) were adopted, for 其中已采用 N 篇:
 * the archive counts them with one one-row read, after every read of the list.
 */
export function useAdoptedCount(query: YearListQuery<'opinionReports'> | null): number {
  const counted = query && !noneAdopted(query) ? query : null;
  const adopted = useQuery(
    counted && (() => call('opinionReports.list', { ...counted, status: 'adopted', limit: 1 })),
    [counted],
  );
  return counted ? (adopted.value?.total ?? 0) : 0;
}
