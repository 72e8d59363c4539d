const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a day of the demo year. */
export const dayOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return dayOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
