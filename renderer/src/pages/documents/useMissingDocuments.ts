import type { DocumentKind } from '../../../../shared/enums';
import type { Result } from '../../../../shared/result';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import type { YearListQuery } from '../../lists/createYearListStore';
import { groupKinds } from './useDocuments';

/** One one-row read per kind: the kinds of which the year has none. */
async function missingOf(year: number): Promise<Result<DocumentKind[]>> {
  const reads = await Promise.all(groupKinds.map((kind) => call('documents.list', { year, kind, limit: 1 })));
  return { ok: true, value: groupKinds.filter((_, i) => reads[i].ok && reads[i].value.total === 0) };
}

/**
 * Which of the plan and summaries the list's year lacks, whatever kind the list shows, read after
 * every read of the list (a save may be the missing one). While the clerk searches, none is named.
 */
export function useMissingDocuments(query: YearListQuery<'documents'> | null): DocumentKind[] {
  const year = query?.q ? undefined : query?.year;
  // `query` is a new object after every read of the list: the counts follow each save and delete.
  const missing = useQuery(year ? () => missingOf(year) : null, [year, query]);
  return year ? (missing.value ?? []) : [];
}
