/**
 * At most `limit` requests per client address in each `windowMs`; counted by fixed windows so
 * memory stays one small entry per address that asked in the current window.
 */
export function rateLimit(limit: number, windowMs: number, now: () => number) {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    /** Counts one request; false once the address has used up this window. */
    take(client: string): boolean {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        counts = new Map();
      }
      const n = (counts.get(client) ?? 0) + 1;
      counts.set(client, n);
      return n <= limit;
    },
  };
}
