import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { YearListQuery } from '../../lists/createYearListStore';

/** Filtered to another status, none of the reports listed is adopted: nothing to count. */
const noneAdopted = (query: YearListQuery<'opinionReports'>) =>
  query.status !== undefined && query.status !== 'adopted';

/**
 * How many of the reports the list matches (on all its pages) were adopted, for 其中已采用 N 篇:
 * the archive counts them with one one-row read, after every read of the list.
 */
export function useAdoptedCount(query: YearListQuery<'opinionReports'> | null): number {
  const [adopted, setAdopted] = useState(0);
  useEffect(() => {
    if (!query || noneAdopted(query)) return;
    let live = true;
    void call('opinionReports.list', { ...query, status: 'adopted', limit: 1 }).then((r) => {
      if (live && r.ok) setAdopted(r.value.total);
    });
    return () => {
      live = false;
    };
  }, [query]);
  return query && noneAdopted(query) ? 0 : adopted;
}
