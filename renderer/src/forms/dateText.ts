/**
 * Dates as clerks type them — 1970.05, 1970年5月, 2026/5/14, 2026年5月14日 — written the
 * archive's way (1970-05, 2026-05-14). Anything else is left as typed, for the schema to judge.
 */
export function normalizeDateText(text: string): string {
  const m = /^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:月?\s*$|(?:[-./月]\s*(\d{1,2})\s*日?\s*$))/.exec(text);
  if (!m) return text.trim();
  const pad = (s: string) => s.padStart(2, '0');
  return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
}
