import { addYears, differenceInCalendarDays, isLeapYear, startOfDay } from 'date-fns';
import type { Member } from '../../../../shared/contract/members';

export interface UpcomingBirthday {
  member: Member;
  /** The day of the coming birthday; for a birth date known only to the month, that month's first day. */
  on: Date;
  /** 0 today (or within the birth month when the day is not known), 1 tomorrow, … */
  inDays: number;
  /** The age the member turns that day. */
  turns: number;
  /** Only the month is known (出生年月 such as 1969-08): the whole month is the birthday's. */
  monthOnly: boolean;
}

/** The next time month/day falls on or after `today`; 2月29日 is kept on 2月28日 in common years. */
function nextOccurrence(month: number, day: number, today: Date): Date {
  const on = (year: number) =>
    new Date(year, month - 1, month === 2 && day === 29 && !isLeapYear(new Date(year, 0)) ? 28 : day);
  const thisYear = on(today.getFullYear());
  return thisYear < today ? on(addYears(today, 1).getFullYear()) : thisYear;
}

/** The first day of the birth month if it is this month or still to come, else of next year's. */
function nextMonth(month: number, today: Date): Date {
  const year = month - 1 < today.getMonth() ? today.getFullYear() + 1 : today.getFullYear();
  return new Date(year, month - 1, 1);
}

/**
 * Members whose birthday is today or within the next `days` days, soonest first —
 * the 生日名册 clerks keep. A birth date known only to the month (1970-05) counts from the
 * month's first day to its last: the member is listed as the month comes near and all through it.
 */
export function upcomingBirthdays(members: Member[], now: Date, days = 30): UpcomingBirthday[] {
  const today = startOfDay(now);
  const out: UpcomingBirthday[] = [];
  for (const member of members) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(member.birthDate ?? '');
    if (!m) continue;
    const monthOnly = m[3] === undefined;
    const on = monthOnly ? nextMonth(Number(m[2]), today) : nextOccurrence(Number(m[2]), Number(m[3]), today);
    const inDays = Math.max(0, differenceInCalendarDays(on, today));
    if (inDays <= days) out.push({ member, on, inDays, turns: on.getFullYear() - Number(m[1]), monthOnly });
  }
  // Stable: members with the same day keep the roster's name order; a month-only birthday comes after the dated ones.
  return out.sort((a, b) => a.inDays - b.inDays || Number(a.monthOnly) - Number(b.monthOnly));
}
