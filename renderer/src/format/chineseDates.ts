import { MonthPeriod } from '../../../shared/enums';

/**
 * Dates the way clerks write them (2026年5月14日, 5月中旬, 第二季度). The archive keeps ISO
 * dates (2026-05-14); these only turn them into words for the screen and the printed volume.
 */

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
};

/** 2026-05-14 → 2026年5月14日 */
export function chineseDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${y}年${m}月${d}日`;
}

/**
 * An activity's time as one phrase: 2026年5月14日 09:00–11:30; over several days
 * 2026年5月14日至16日, 2026年5月30日至6月2日, 2026年12月30日至2027年1月2日.
 */
export function chineseDateRange(
  startsOn: string,
  startTime?: string | null,
  endsOn?: string | null,
  endTime?: string | null,
): string {
  const start = chineseDate(startsOn);
  if (endsOn && endsOn !== startsOn) {
    const a = parts(startsOn);
    const b = parts(endsOn);
    const end = a.y !== b.y ? chineseDate(endsOn) : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`;
    return `${start}${startTime ? ` ${startTime}` : ''}至${end}${endTime ? ` ${endTime}` : ''}`;
  }
  if (startTime && endTime) return `${start} ${startTime}–${endTime}`;
  if (startTime) return `${start} ${startTime}`;
  return start;
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
