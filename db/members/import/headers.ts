import type { RawCell } from '../../sheets/grid';
import { normalizeHeader } from '../../sheets/headerRow';

/** The member fields a roster column can fill. */
export type ImportField =
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'party'
  | 'sector'
  | 'specialCommittee'
  | 'committeeLevels'
  | 'term'
  | 'position'
  | 'groupRole'
  | 'workUnit'
  | 'phone'
  | 'idNumber'
  | 'address'
  | 'linkedCommunity'
  | 'status'
  | 'joinedOn'
  | 'leftOn'
  | 'notes';

/**
 * The header words clerks' rosters use for each field; the first is the template's own. Headers are
 * compared after normalising (spaces, full-width brackets and a trailing * removed).
 */
export const headerAliases: Record<ImportField, string[]> = {
  name: ['姓名', '委员姓名', '名字'],
  gender: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  ethnicity: ['民族'],
  party: ['党派', '政治面貌', '党派（政治面貌）'],
  sector: ['界别', '所属界别'],
  specialCommittee: ['专委会', '专门委员会', '所属专委会'],
  committeeLevels: ['委员层级', '政协层级', '层级', '委员级别'],
  term: ['届次', '届别'],
  position: ['职务', '政协职务'],
  groupRole: ['联络组职务', '组内职务'],
  workUnit: ['工作单位', '单位', '单位及职务', '工作单位及职务', '工作单位及职务（职称）'],
  phone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
  idNumber: ['身份证号', '身份证号码', '身份证'],
  address: ['地址', '家庭住址', '通讯地址', '联系地址', '住址'],
  linkedCommunity: ['联系村（社区）', '联系村', '联系社区', '包联社区', '挂钩村（社区）', '联系村居'],
  status: ['状态', '履职状态'],
  joinedOn: ['任职日期'],
  leftOn: ['离任日期'],
  notes: ['备注'],
};

/** Columns a roster often has that the archive does not keep per member; recognised, then ignored. */
const ignoredHeaders = ['序号', '编号', '年龄'];

export const requiredHeaders: ImportField[] = ['name'];


const byHeader = new Map<string, ImportField>(
  (Object.entries(headerAliases) as [ImportField, string[]][]).flatMap(([f, names]) =>
    names.map((n) => [normalizeHeader(n), f] as const),
  ),
);

const cellText = (c: RawCell) => (typeof c === 'string' ? normalizeHeader(c) : '');

/** How many member fields a row's cells name, or 0 when none is 姓名: the header row scores highest. */
export function headerScore(row: RawCell[]): number {
  const fields = new Set(row.map((c) => byHeader.get(cellText(c))).filter(Boolean));
  return fields.has('name') ? fields.size : 0;
}

export const isHeaderRow = (row: RawCell[]) => headerScore(row) > 0;

export interface HeaderMap {
  /** Column index → field, with the header as the file writes it (for messages). */
  columns: { index: number; field: ImportField; label: string }[];
  missing: string[];
  unknown: string[];
}

export function mapHeaders(row: RawCell[]): HeaderMap {
  const map: HeaderMap = { columns: [], missing: [], unknown: [] };
  const taken = new Set<ImportField>();
  row.forEach((cell, index) => {
    const label = typeof cell === 'string' ? cell.trim() : '';
    if (!label || ignoredHeaders.includes(normalizeHeader(label))) return;
    const field = byHeader.get(normalizeHeader(label));
    if (!field) map.unknown.push(label);
    else if (taken.has(field)) map.unknown.push(`${label}（与前面的列重复，已忽略）`);
    else {
      taken.add(field);
      map.columns.push({ index, field, label });
    }
  });
  map.missing = requiredHeaders.filter((f) => !taken.has(f)).map((f) => headerAliases[f][0]);
  return map;
}
