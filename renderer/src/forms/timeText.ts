/**
 * Times as clerks type them — 9:30, 9：30, 9.30, 0930 — written the archive's way (09:30).
 * Anything else is left as typed, for the schema to judge.
 */
export function normalizeTimeText(text: string): string {
  const m = /^\s*(\d{1,2})\s*(?:[:：.]\s*(\d{2})|(\d{2}))\s*$/.exec(text);
  if (!m) return text.trim();
  return `${m[1].padStart(2, '0')}:${m[2] ?? m[3]}`;
}
