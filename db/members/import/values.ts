import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../shared/enums';
import { isProblem, type RawCell } from '../../sheets/grid';
import { halfWidth } from '../../sheets/halfWidth';
import type { ImportField } from './headers';
import { cleanPhone } from './phone';

/**
 * A cell turned into the value the contract takes, or why it cannot be (Chinese, without the column
 * name). `cleaned` says how a value was changed on the way (shown after the column name in the preview).
 */
export type Normalized = { value: unknown; cleaned?: string } | { error: string };

const pad = (n: string | number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Excel shows integers as typed; other numbers are kept as Excel would display them. */
function plainText(c: string | number | Date): string {
  if (c instanceof Date) return isoOf(c);
  if (typeof c === 'number') return Number.isInteger(c) ? c.toFixed(0) : String(c);
  return c.trim();
}

/** Day 0 of Excel's date serial numbers (1900 system; right from 1900-03-01 on). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Five-digit serials are the dates 1927-05-18 … 2173-10-14: every birth, joining and leaving date. */
const isSerial = (s: string) => /^\d{5}(\.\d+)?$/.test(s);

/**
 * Dates as clerks write them — 1970-05-14, 1970/5/14, 1970.5.14, 1970年5月14日, 19700514 — or
 * only year and month (1970.05, 1970年5月, 197005) where `monthOnly` allows; Excel dates as they
 * are, and Excel's date serial numbers (25430 is 1969-08-15) that a column formatted as 常规 shows.
 */
function dateValue(c: string | number | Date, monthOnly: boolean): Normalized {
  if (c instanceof Date) return { value: isoOf(c) };
  // 1970.1 typed into Excel may have been 1970.10 (October) with the zero dropped by the number format.
  if (typeof c === 'number' && /^\d{4}\.\d$/.test(String(c)))
    return { error: `“${c}”无法确定是几月（Excel 会把 ${c}0 显示为 ${c}），请写成 ${Math.trunc(c)}-01 这样的格式` };
  const s = halfWidth(plainText(c)).trim();
  if (isSerial(s)) {
    const iso = isoOf(new Date(EXCEL_EPOCH + Math.floor(Number(s)) * 86_400_000));
    return { value: iso, cleaned: `按 Excel 日期序号读取：${s} → ${iso}` };
  }
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|月?)$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})?$/.exec(s);
  if (!m) return { value: s };
  if (!m[3] && !monthOnly) return { value: s };
  return { value: m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}` };
}

function fromLabels<K extends string>(
  s: string,
  labels: { codes: readonly K[]; map: Record<K, string> },
  extra: Record<string, K>,
): K | undefined {
  if ((labels.codes as readonly string[]).includes(s)) return s as K;
  return labels.codes.find((k) => labels.map[k] === s) ?? extra[s];
}

const levelWords: Record<string, CommitteeLevel> = {
  区: 'county',
  县: 'county',
  区县: 'county',
  县区: 'county',
  '区（县）': 'county',
  '区/县': 'county',
  区级: 'county',
  县级: 'county',
  市: 'city',
  市级: 'city',
  省: 'province',
  自治区: 'province',
  '省/自治区': 'province',
  省级: 'province',
  全国: 'national',
};

function committeeLevels(s: string): Normalized {
  const codes = new Set<CommitteeLevel>();
  for (const token of s.split(/[、,，;；\s]+/).filter(Boolean)) {
    const word = token
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/(政协)?(委员)?$/, '');
    const code = fromLabels(token, CommitteeLevel, {}) ?? levelWords[word];
    if (!code) return { error: `“${token}”无法识别，请填写 区/县、市、省/自治区、全国 中的一个或几个，用顿号分隔` };
    codes.add(code);
  }
  return { value: [...codes] };
}

const positionWords: Record<string, Position> = { 常务委员: 'standing', 政协委员: 'member' };
const groupRoleWords: Record<string, GroupRole> = { 组员: 'none', 联络组组长: 'leader', 联络组副组长: 'deputy_leader' };

/** 职务 may name the committee post, the group's own role, or both: 常委、组长. */
function posts(
  s: string,
  field: 'position' | 'groupRole',
): { position?: Position; groupRole?: GroupRole } | { error: string } {
  const out: { position?: Position; groupRole?: GroupRole } = {};
  for (const token of s.split(/[、,，;；/\s]+/).filter(Boolean)) {
    const position = field === 'position' ? fromLabels(token, Position, positionWords) : undefined;
    const groupRole = fromLabels(token, GroupRole, groupRoleWords);
    if (position && !out.position) out.position = position;
    else if (groupRole && !out.groupRole) out.groupRole = groupRole;
    else if (position || groupRole) return { error: `“${s}”中的职务重复，请只填写一个` };
    else
      return {
        error:
          field === 'position'
            ? `“${token}”无法识别：政协职务为 主席、副主席、常委、委员，联络组职务为 组长、副组长、联络员（单位里的职务请写在“单位及职务”列）`
            : `“${token}”无法识别，联络组职务为 组长、副组长、联络员、组员`,
      };
  }
  return out;
}

const statusWords: Record<string, MemberStatus> = {
  在职: 'active',
  暂停: 'suspended',
  离任: 'left',
  已退出: 'left',
  退出: 'left',
};
const genderWords: Record<string, Gender> = { 男性: 'male', 女性: 'female', M: 'male', F: 'female' };

function enumValue<K extends string>(
  s: string,
  labels: { codes: readonly K[]; map: Record<K, string> },
  extra: Record<string, K>,
): Normalized {
  const code = fromLabels(s, labels, extra);
  const allowed = labels.codes.map((k) => labels.map[k]).join('、');
  return code ? { value: code } : { error: `“${s}”无法识别，只能填写 ${allowed}` };
}

/**
 * One cell → the contract's value for `field`. A blank cell gives `undefined` (the archive's
 * default applies); 职务 may fill two fields, so posts come back as an object for the caller to spread.
 */
export function normalizeCell(
  field: ImportField,
  cell: RawCell,
): Normalized | { posts: { position?: Position; groupRole?: GroupRole } } {
  if (isProblem(cell)) return { error: cell.problem };
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: undefined };
  switch (field) {
    case 'birthDate':
      return dateValue(cell, true);
    case 'joinedOn':
    case 'leftOn':
      return dateValue(cell, false);
    case 'phone': {
      const typed = plainText(cell);
      const value = cleanPhone(typed);
      return value === typed ? { value } : { value, cleaned: `已整理：${typed} → ${value}` };
    }
    case 'idNumber':
      // Excel keeps 15 significant digits: an ID number typed as a number has lost its last digits.
      if (typeof cell === 'number')
        return { error: '被 Excel 存成了数字，末几位已经丢失。请把这一列设为“文本”格式后重新填写' };
      return { value: plainText(cell) };
    case 'gender':
      return enumValue(plainText(cell), Gender, genderWords);
    case 'status':
      return enumValue(plainText(cell), MemberStatus, statusWords);
    case 'committeeLevels':
      return committeeLevels(plainText(cell));
    case 'position':
    case 'groupRole': {
      const p = posts(plainText(cell), field);
      return 'error' in p ? p : { posts: p };
    }
    default:
      return { value: plainText(cell) };
  }
}
