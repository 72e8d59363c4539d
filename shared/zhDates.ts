import { MonthPeriod } from './enums';

/**
 * Dates the way clerks write them (2026年5月14日, 5月中旬, 第二季度), one module for the screen and
 * for print. The archive keeps ISO dates (2026-05-14, or 1970-05 for a birth month); these only
 * turn them into words.
 */

/** 2026-05-14 → 2026年5月14日; 1970-05 → 1970年5月; anything else as it is. */
export function zhDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [m[1], Number(m[2]), m[3] ? Number(m[3]) : null];
  return d === null ? `${y}年${mo}月` : `${y}年${mo}月${d}日`;
}

/** 1979.05: 出生年月 as official forms and rosters write it, narrow enough for a table column. */
export function dottedMonth(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}.${m[2]}` : (iso ?? '');
}

/** 5月14日, for lists inside one year. */
export function zhMonthDay(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[1])}月${Number(m[2])}日` : iso;
}

/** A date in a list of one year's records: 5月14日 when it falls in that year, else the full date. */
export function zhDateIn(year: number, iso: string | null | undefined): string {
  return iso?.startsWith(`${year}-`) ? zhMonthDay(iso) : zhDate(iso);
}

/**
 * An activity's time as one phrase: 2026年5月14日 09:00—11:30; over several days
 * 2026年5月14日至16日, 2026年5月30日至6月2日, 2026年12月30日至2027年1月2日.
 */
export function zhWhen(a: {
  startsOn: string;
  startTime?: string | null;
  endsOn?: string | null;
  endTime?: string | null;
}): string {
  const start = `${zhDate(a.startsOn)}${a.startTime ? ` ${a.startTime}` : ''}`;
  if (a.endsOn && a.endsOn !== a.startsOn) {
    const [y1, m1] = a.startsOn.split('-').map(Number);
    const [y2, m2, d2] = a.endsOn.split('-').map(Number);
    const end = y1 !== y2 ? zhDate(a.endsOn) : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
    return `${start}至${end}${a.endTime ? ` ${a.endTime}` : ''}`;
  }
  return a.startTime && a.endTime ? `${start}—${a.endTime}` : start;
}

/** A plan item's time: 5月中旬, or 2026年5月中旬 with the year; a month without 旬 is just 5月. */
export function planWhen(month: number, period: MonthPeriod | null, year?: number): string {
  return `${year ? `${year}年` : ''}${month}月${period ? MonthPeriod.label(period) : ''}`;
}

export type Quarter = 1 | 2 | 3 | 4;
export const quarters: Quarter[] = [1, 2, 3, 4];

/** 1–3 → 1, …, 10–12 → 4 */
export const quarterOfMonth = (month: number): Quarter => Math.ceil(month / 3) as Quarter;

const quarterWords = ['一', '二', '三', '四'];

/** 2 → 第二季度 */
export const quarterLabel = (q: Quarter): string => `第${quarterWords[q - 1]}季度`;
