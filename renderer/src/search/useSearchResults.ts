import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/contract/search';
import { call } from '../api/client';

/** How long the clerk's typing must pause before the archive is asked. */
export const SEARCH_DELAY_MS = 250;

/** At most this many hits are shown; the clerk narrows a longer list by typing more. */
export const SEARCH_LIMIT = 40;

/** One empty list for every empty answer, so a re-render hands over the same hits. */
const NO_HITS: SearchHit[] = [];

export interface SearchResults {
  /** The query the hits answer (trimmed); '' before any. */
  query: string;
  hits: SearchHit[];
  error: string | null;
  /** Whether the text typed has not been answered yet (waiting for the pause, or for the archive). */
  searching: boolean;
}

/**
 * `search.query` for the text as typed, asked once the typing pauses. An answer to older text is
 * dropped: only the newest query's hits are shown.
 */
export function useSearchResults(
  text: string,
  /** Told of each answer as it lands (not of a dropped one). */
  onAnswer?: (query: string, hits: SearchHit[]) => void,
): SearchResults {
  const query = text.trim();
  const told = useRef(onAnswer);
  useEffect(() => {
    told.current = onAnswer;
  });
  const [answered, setAnswered] = useState<Omit<SearchResults, 'searching'>>({ query: '', hits: NO_HITS, error: null });

  useEffect(() => {
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('search.query', { query, limit: SEARCH_LIMIT }).then((r) => {
        if (!live) return;
        setAnswered(r.ok ? { query, hits: r.value, error: null } : { query, hits: NO_HITS, error: r.error.message });
        told.current?.(query, r.ok ? r.value : NO_HITS);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (!query) return { query: '', hits: NO_HITS, error: null, searching: false };
  return answered.query === query ? { ...answered, searching: false } : { ...answered, searching: true };
}
