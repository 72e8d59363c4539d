import { pinyin } from 'pinyin-pro';

/**
 * Sort keys are plain ASCII-led strings compared byte by byte (SQLite's BINARY collation), built
 * from one segment per character:
 * - a Chinese character read by pinyin-pro, the surname read as a surname (曾 zeng1, 单 shan4,
 *   尉迟 yu4 chi2, 万俟 mo4 qi2): the toneless syllable, ü written v as input methods do (吕 lv3
 *   follows every lu), then the tone 1–4, 5 for the neutral tone. A syllable always ends in its
 *   digit and digits sort before letters, so chen comes before cheng;
 * - a run of Latin letters or digits (a foreign name), folded to lower-case ASCII;
 * - a Chinese character the data does not know (生僻字, most outside the BMP): `~` and its code
 *   point in six hex digits, after every known character at that place, among themselves by
 *   code point;
 * - anything else (·, spaces, punctuation) adds nothing.
 * Segments are joined by `-`, below every digit and letter, so 张三 sorts before 张三丰. The
 * name itself follows after a space (below `-`): two names read alike (张三, 章三) still get
 * distinct keys, ordered by code point, whichever was entered first.
 */
export const SEGMENT = '-';
export const TAIL = ' ';

const HAN = /\p{Script=Han}/u;
const LATIN = /^[a-z0-9]+$/;

export const unknownChar = (ch: string) => `~${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`;

/** A toneless syllable and its tone number as pinyin-pro gives them (lü 3, ma 0) as a key segment (lv3, ma5). */
function syllable(toneless: string, tone: number): string {
  if (!/^[a-zü]+$/.test(toneless)) return '';
  return toneless.replace(/ü/g, 'v') + (tone >= 1 && tone <= 4 ? String(tone) : '5');
}

/**
 * A name's segments, character by character: a Chinese character as `han` reads it (with what
 * it was read from), a run of Latin letters or digits folded to lower case after `latinMark`;
 * anything else only ends a run.
 */
export function nameSegments<C>(
  chars: Iterable<readonly [string, C]>,
  han: (ch: string, from: C) => string,
  latinMark = '',
): string[] {
  const out: string[] = [];
  let latin = '';
  const flush = () => {
    if (latin) out.push(latinMark + latin);
    latin = '';
  };
  for (const [ch, from] of chars) {
    if (HAN.test(ch)) {
      flush();
      out.push(han(ch, from));
      continue;
    }
    const folded = ch.normalize('NFKC').toLowerCase();
    if (LATIN.test(folded)) latin += folded;
    else flush();
  }
  flush();
  return out;
}

/** The per-character segments of a name in pinyin order, without the tail. */
export function pinyinSegments(name: string): string[] {
  // One item per character (code point), the surname (one or two characters) read as a surname.
  const items = pinyin(name.normalize('NFC'), { surname: 'head', type: 'all', toneType: 'none' });
  return nameSegments(
    items.flatMap((item) => [...item.origin].map((ch) => [ch, item] as const)),
    (ch, item) =>
      (item.isZh && [...item.origin].length === 1 ? syllable(item.pinyin, item.num) : '') || unknownChar(ch),
  );
}

/** The key that orders names by pinyin, surname first. */
export function pinyinKey(name: string): string {
  return pinyinSegments(name).join(SEGMENT) + TAIL + name.normalize('NFC');
}
