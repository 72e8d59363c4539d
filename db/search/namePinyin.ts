import { pinyin } from 'pinyin-pro';

/** The readings of one character (or one run of Latin letters and digits) of a name, lower case. */
export type NameReadings = string[][];

const HAN = /\p{Script=Han}/u;

/** Names already read: a district's roster of thousands is read once per process, not per search. */
const cache = new Map<string, NameReadings>();
const CACHE_LIMIT = 20_000;

function readName(name: string): NameReadings {
  const text = name.normalize('NFKC');
  // The surname read as a surname (曾 zeng, 单 shan, 尉迟 yuchi), compound surnames included.
  const asName = pinyin(text, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' });
  const readings: NameReadings = [];
  let han = 0;
  for (const part of text.match(/\p{Script=Han}|[A-Za-z0-9]+/gu) ?? []) {
    if (!HAN.test(part)) {
      readings.push([part.toLowerCase()]);
      continue;
    }
    const first = (asName[han] ?? '').toLowerCase();
    // A given name's character may be read any of its ways (张乐 zhang le / zhang yue); the
    // surname only as a surname, so 曾伟 is zengwei, never cengwei.
    const others = han === 0 ? [] : pinyin(part, { toneType: 'none', type: 'array', multiple: true });
    readings.push([...new Set([first, ...others.map((r) => r.toLowerCase())].filter(Boolean))]);
    han++;
  }
  return readings;
}

/** 曾伟 → [[zeng], [wei]]; 张乐 → [[zhang], [le, yue, …]]; Ali Khan → [[ali], [khan]]. */
export function nameReadings(name: string): NameReadings {
  let found = cache.get(name);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(name, (found = readName(name)));
  }
  return found;
}

/**
 * Whether typed letters spell the name from its surname on, each character by its whole reading
 * or the start of it: zengwei, zeng wei, ZengWei, zw, zengw and zwei all spell 曾伟. `letters` is
 * lower case with no spaces.
 */
export function spellsName(readings: NameReadings, letters: string): boolean {
  const from = (i: number, at: number): boolean => {
    if (at === letters.length) return true;
    if (i === readings.length) return false;
    for (const reading of readings[i]) {
      for (let n = Math.min(reading.length, letters.length - at); n >= 1; n--) {
        if (letters.startsWith(reading.slice(0, n), at) && from(i + 1, at + n)) return true;
      }
    }
    return false;
  };
  return letters.length > 0 && from(0, 0);
}

/** A query the clerk may have typed as pinyin: Latin letters and spaces, folded to lower case. */
export function pinyinLetters(query: string): string | undefined {
  const letters = query.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return /^[a-z]+$/.test(letters) ? letters : undefined;
}
