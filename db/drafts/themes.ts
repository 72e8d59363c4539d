import type { ActivityType } from '../../shared/enums';

/** The sections the clerks' plans and summaries are written in, and which activities belong to each. */
export type Theme = 'study' | 'inspect' | 'supervise' | 'opinion' | 'people' | 'self';

export const themeOfType: Record<ActivityType, Theme> = {
  study: 'study',
  inspection: 'inspect',
  research: 'inspect',
  consultation: 'supervise',
  supervision: 'supervise',
  briefing: 'self',
  meeting: 'self',
  other: 'self',
  reception: 'people',
  charity: 'people',
  fellowship: 'people',
};

export const THEME_ORDER: Theme[] = ['study', 'inspect', 'supervise', 'opinion', 'people', 'self'];

export const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "5月中旬" from a month and a 旬 (or "5月" without one). */
export const monthPeriod = (month: number, period: 'early' | 'mid' | 'late' | null) =>
  `${month}月${period ? { early: '上旬', mid: '中旬', late: '下旬' }[period] : ''}`;

export const monthOf = (isoDate: string) => Number(isoDate.slice(5, 7));

export const bookTitle = (t: string) => (t.startsWith('《') ? t : `《${t}》`);

/** A list in the clerks' way: "甲、乙和丙"; more than `max` ends in "等". */
export function listed(items: string[], max = 4): string {
  if (items.length > max) return `${items.slice(0, max).join('、')}等`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** A sentence ends in "。" once, whatever the clerk's title already ended with. */
export const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);
