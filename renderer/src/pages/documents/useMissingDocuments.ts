import { useEffect, useState } from 'react';
import type { DocumentKind } from '../../../../shared/enums';
import { call } from '../../api/client';
import type { YearListQuery } from '../../lists/createYearListStore';
import { groupKinds } from './useDocuments';

/**
 * Which of the plan and summaries the list's year lacks, whatever kind the list shows: one
 * one-row read per kind, after every read of the list (a save may be the missing one). While the
 * clerk searches, none is named.
 */
export function useMissingDocuments(query: YearListQuery<'documents'> | null): DocumentKind[] {
  const [missing, setMissing] = useState<DocumentKind[]>([]);
  const year = query?.q ? undefined : query?.year;
  useEffect(() => {
    if (!year) return;
    let live = true;
    void Promise.all(groupKinds.map((kind) => call('documents.list', { year, kind, limit: 1 }))).then((reads) => {
      if (live) setMissing(groupKinds.filter((_, i) => reads[i].ok && reads[i].value.total === 0));
    });
    return () => {
      live = false;
    };
    // `query` is a new object after every read of the list: the counts follow each save and delete.
  }, [year, query]);
  return year ? missing : [];
}
