/**
 * Counts the reads of one store: each read starts with `start()`, whose check says whether it is
 * still the newest, so a slow older answer (a year or member switched quickly) is dropped.
 */
export function newestRead() {
  let seq = 0;
  return {
    start(): () => boolean {
      const mine = ++seq;
      return () => mine === seq;
    },
  };
}
