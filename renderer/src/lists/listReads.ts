import { newestRead } from '../api/newestRead';

/** How long typing in a search box rests before the list is read again. */
const SEARCH_DELAY_MS = 150;

/**
 * The reads of one list: a search waits until typing pauses, and only the newest read may fill
 * the list, so a slow older answer (a year or search switched quickly) is dropped.
 */
export function listReads() {
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const reads = newestRead();
  return {
    afterTyping(read: () => void) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(read, SEARCH_DELAY_MS);
    },
    /** Starts a read now, dropping a pending one; the check says whether it is still the newest. */
    start(): () => boolean {
      clearTimeout(searchTimer);
      return reads.start();
    },
  };
}

export type ListReads = ReturnType<typeof listReads>;
