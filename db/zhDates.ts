/** Dates written the way clerks write them: 2026年5月14日. */
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

/** A date with its time span: 2026年5月14日 09:00—11:30, or a span of days. */
export function zhWhen(a: {
  startsOn: string;
  startTime: string | null;
  endsOn: string | null;
  endTime: string | null;
}): string {
  const start = `${zhDate(a.startsOn)}${a.startTime ? ` ${a.startTime}` : ''}`;
  const multiDay = a.endsOn && a.endsOn !== a.startsOn;
  if (multiDay) return `${start}—${zhDate(a.endsOn)}${a.endTime ? ` ${a.endTime}` : ''}`;
  return a.endTime ? `${start}—${a.endTime}` : start;
}
