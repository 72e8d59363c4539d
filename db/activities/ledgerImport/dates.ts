import { halfWidth } from '../../sheets/halfWidth';

/** A ledger's date cell read: the day(s), or why it cannot be read; `note` says how it was read. */
export type LedgerDate =
  { startsOn: string; endsOn: string | null; startTime: string | null; note?: string } | { error: string };

const pad = (n: string | number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Day 0 of Excel's date serial numbers (1900 system, right from 1900-03-01 on). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Five-digit serials are the dates 1927 … 2173: every activity a ledger records. */
const serialIso = (n: number) => isoOf(new Date(EXCEL_EPOCH + Math.floor(n) * 86_400_000));

function calendarIso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/** 上旬 1–10, 中旬 11–20, 下旬 21–end: a ten-day period is recorded on its middle day. */
const periodDay: Record<string, number> = { 上旬: 5, 初: 5, 中旬: 15, 中: 15, 下旬: 25, 底: 25, 末: 25 };

const sep = '\\s*[-/.年]\\s*';
const monthSep = '\\s*[-/.月]\\s*';
/** [year], month, day or 上旬/中旬/下旬, then an optional end: 至16日, 至5月16日, -16, ~2019.5.16; then an optional time. */
const dated = new RegExp(
  `^(?:(\\d{4})${sep})?(\\d{1,2})${monthSep}(?:(\\d{1,2})\\s*[日号]?|(上旬|中旬|下旬|初|中|底|末))` +
    `(?:\\s*(?:至|到|~|—|–|－|-|—)+\\s*(?:(?:(\\d{4})${sep})?(\\d{1,2})${monthSep})?(\\d{1,2})\\s*[日号]?)?` +
    `(?:\\s*(?:上午|下午|晚上)?\\s*(\\d{1,2})[:：](\\d{2}))?.*$`,
);
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const monthOnly = /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*月?$/;

/**
 * A date as clerks write it in a ledger — 2019年5月14日, 2019.5.14, 2019/5/14, 2019-05-14,
 * 20190514, an Excel date or its serial number, 5月14日 or 5月中旬 with the year from `year`
 * (a year column, the title row, the sheet's or the file's name), a range 2019年5月14日至16日 —
 * into the archive's days. A 上旬/中旬/下旬 is recorded on the 5th/15th/25th, and the note says so.
 */
export function readLedgerDate(cell: string | number | Date, year: { year: number; from: string } | null): LedgerDate {
  if (cell instanceof Date) return { startsOn: isoOf(cell), endsOn: null, startTime: null };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 10000 && cell < 100000) {
      const iso = serialIso(cell);
      return { startsOn: iso, endsOn: null, startTime: null, note: `按 Excel 日期序号读取：${cell} → ${iso}` };
    }
    cell = String(cell);
  }
  const s = halfWidth(cell).replace(/\s+/g, ' ').trim();
  if (/^\d{5}$/.test(s)) return readLedgerDate(Number(s), year);
  const c = compact.exec(s);
  if (c) {
    const iso = calendarIso(Number(c[1]), Number(c[2]), Number(c[3]));
    return iso ? { startsOn: iso, endsOn: null, startTime: null } : { error: `日期“${cell}”不存在` };
  }
  const m = dated.exec(s);
  if (!m) {
    const mo = monthOnly.exec(s);
    if (mo && Number(mo[2]) >= 1 && Number(mo[2]) <= 12)
      return { error: `日期“${cell}”只写到月份，请写明哪一天，或写上旬、中旬、下旬` };
    return { error: `无法识别日期“${cell}”，请写成 2019年5月14日、2019.5.14 或 2019-05-14` };
  }
  const notes: string[] = [];
  let y = m[1] ? Number(m[1]) : null;
  if (y === null) {
    if (!year) return { error: `日期“${cell}”没有年份：请写明年份，或在表中加“年度”列、在标题行写明年份` };
    y = year.year;
    notes.push(`年份取自${year.from}（${y}年）`);
  }
  const month = Number(m[2]);
  let day: number;
  if (m[4]) {
    day = periodDay[m[4]];
    notes.push(`${month}月${m[4]}按 ${day} 日记`);
  } else day = Number(m[3]);
  const startsOn = calendarIso(y, month, day);
  if (!startsOn) return { error: `日期“${cell}”不存在` };
  let endsOn: string | null = null;
  if (m[7]) {
    endsOn = calendarIso(m[5] ? Number(m[5]) : y, m[6] ? Number(m[6]) : month, Number(m[7]));
    if (!endsOn) return { error: `日期“${cell}”的结束日不存在` };
    if (endsOn < startsOn) return { error: `日期“${cell}”的结束日早于开始日` };
    if (endsOn === startsOn) endsOn = null;
  }
  let startTime: string | null = null;
  if (m[8]) {
    const h = Number(m[8]) + (/下午|晚上/.test(s) && Number(m[8]) < 12 ? 12 : 0);
    if (h < 24 && Number(m[9]) < 60) startTime = `${pad(h)}:${m[9]}`;
  }
  return { startsOn, endsOn, startTime, ...(notes.length ? { note: notes.join('；') } : {}) };
}

/** A year in a title, a sheet's or a file's name (2019年…, 2019活动台账.xlsx); null when none or several. */
export function yearIn(text: string | null | undefined): number | null {
  if (!text) return null;
  const years = new Set(
    [...halfWidth(text).matchAll(/(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)/g)].map((m) => Number(m[1])),
  );
  return years.size === 1 ? [...years][0] : null;
}

/** A time column as the project's own ledger writes it: 09:00—11:30. */
export function readLedgerTime(cell: string): { startTime: string | null; endTime: string | null } {
  const times = [...halfWidth(cell).matchAll(/(\d{1,2})[:：](\d{2})/g)]
    .map((t) => [Number(t[1]), Number(t[2])] as const)
    .filter(([h, mi]) => h < 24 && mi < 60)
    .map(([h, mi]) => `${pad(h)}:${pad(mi)}`);
  return { startTime: times[0] ?? null, endTime: times[1] ?? null };
}
