const BEFORE = 20;
const AFTER = 50;

/** Mobile numbers are shown as 138****8000 in results, as the member list shows them. */
const maskMobiles = (s: string) => s.replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2');

/** Moves an index off the low half of a surrogate pair so a cut never splits a character. */
const onCharStart = (s: string, i: number) => (i > 0 && /[\uDC00-\uDFFF]/.test(s[i] ?? '') ? i - 1 : i);

/**
 * A short piece of `text` around the first of `terms` found in it (case-insensitive), or its
 * start when none is, with whitespace folded to single spaces.
 */
export function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  const start = onCharStart(flat, Math.max(0, at - BEFORE));
  const end = onCharStart(flat, Math.min(flat.length, at + BEFORE + AFTER));
  const piece = flat.slice(start, end);
  return maskMobiles(`${start > 0 ? '…' : ''}${piece}${end < flat.length ? '…' : ''}`);
}
