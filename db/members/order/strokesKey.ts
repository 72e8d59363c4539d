import cnchar from 'cnchar';
import order from 'cnchar-order';
import { nameSegments, pinyinKey, SEGMENT, TAIL, unknownChar } from './pinyinKey';

cnchar.use(order);

/**
 * The five stroke classes of official name lists, in their order: 横 1 (with 提), 竖 2 (with
 * 竖钩), 撇 3, 点 4 (with 捺), 折 5 (every stroke that turns: 横折, 竖提, 横撇弯钩 …).
 */
const classOf: Record<string, string> = { 横: '1', 提: '1', 竖: '2', 竖钩: '2', 撇: '3', 点: '4', 捺: '4' };
const FOLD = '5';

type StrokeNames = (string | null)[][];

/**
 * A character's segment: its stroke count in two digits, then the class of each stroke in
 * writing order, so equal counts are decided by the first stroke (横竖撇点折), then the second
 * and so on. A count without stroke order data is followed by 6, after every known order of
 * that count; a character without data at all (生僻字, outside the BMP) is `~` and its code
 * point, after every known character.
 */
export function strokeSegment(ch: string): string {
  const names = (cnchar.stroke(ch, 'order', 'name') as StrokeNames)[0];
  if (Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string')) {
    const classes = names.map((n) => classOf[(n as string).split('|')[0]] ?? FOLD).join('');
    return String(names.length).padStart(2, '0') + classes;
  }
  const count = cnchar.stroke(ch) as number;
  return count > 0 ? `${String(count).padStart(2, '0')}6` : unknownChar(ch);
}

/** The per-character segments of a name in 笔画 order; Latin letters and digits (marked `!`) come first. */
export const strokeSegments = (name: string): string[] =>
  nameSegments(
    [...name.normalize('NFC')].map((ch) => [ch, ch] as const),
    (ch) => strokeSegment(ch),
    '!',
  );

/**
 * The key that orders names 按姓氏笔画: character by character from the surname on; names whose
 * characters are written alike (己/已) follow their pinyin key, which ends in the name itself.
 */
export function strokesKey(name: string): string {
  return strokeSegments(name).join(SEGMENT) + TAIL + pinyinKey(name);
}
