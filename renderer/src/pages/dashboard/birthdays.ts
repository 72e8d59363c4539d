import { addYears, differenceInCalendarDays, isLeapYear, startOfDay } from 'date-fns';
import type { Member } from '../../../../shared/contract/members';

export interface UpcomingBirthday {
  member: Member;
  /** The day of the coming birthday. */
  on: Date;
  /** 0 today, 1 tomorrow, … */
  inDays: number;
  /** The age the member turns that day. */
  turns: number;
}

/** The next time month/day falls on or after `today`; 2月29日 is kept on 2月28日 in common years. */
function nextOccurrence(month: number, day: number, today: Date): Date {
  const on = (year: number) =>
    new Date(year, month - 1, month === 2 && day === 29 && !isLeapYear(new Date(year, 0)) ? 28 : day);
  const thisYear = on(today.getFullYear());
  return thisYear < today ? on(addYears(today, 1).getFullYear()) : thisYear;
}

/**
 * Members whose birthday is today or within the next `days` days, soonest first —
 * the 生日名册 clerks keep. Birth dates known only to the month (1970-05) are left out: the
 * day cannot be told.
 */
export function upcomingBirthdays(members: Member[], now: Date, days = 30): UpcomingBirthday[] {
  const today = startOfDay(now);
  const out: UpcomingBirthday[] = [];
  for (const member of members) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(member.birthDate ?? '');
    if (!m) continue;
    const on = nextOccurrence(Number(m[2]), Number(m[3]), today);
    const inDays = differenceInCalendarDays(on, today);
    if (inDays <= days) out.push({ member, on, inDays, turns: on.getFullYear() - Number(m[1]) });
  }
  // A stable sort: members with the same birthday keep the order they came in, the roster's name order.
  return out.sort((a, b) => a.inDays - b.inDays);
}
