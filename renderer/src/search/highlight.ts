/** A piece of text, marked when it is one of the words searched for. */
export interface Piece {
  text: string;
  marked: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` cut where the query's words occur (ignoring case), longest word first. A member found by
 * the pinyin of the name (zengwei, zw finds 曾伟) holds none of the letters typed: `whole` marks
 * the whole text then.
 */
export function highlight(text: string, query: string, whole = false): Piece[] {
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return [{ text, marked: false }];
  const lower = new Set(words.map((w) => w.toLowerCase()));
  // split keeps what the group matched as pieces of their own: exactly the words found.
  const pieces = text
    .split(new RegExp(`(${words.map(escape).join('|')})`, 'gi'))
    .filter(Boolean)
    .map((piece) => ({ text: piece, marked: lower.has(piece.toLowerCase()) }));
  if (whole && !pieces.some((p) => p.marked)) return [{ text, marked: true }];
  return pieces;
}
