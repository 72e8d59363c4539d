import type { Member } from './contract/members';
import type { Stamped } from './contract/fields';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from './enums';
import { maskIdNumber, maskPhone } from './mask';
import { zhDate } from './zhDates';

/**
 * The catalogue of a member's fields: the one place each field's Chinese name, the header words
 * clerks' rosters use for it, and the places it is shown are written. The form, the roster table,
 * the import's headers, the Excel ledger's 委员名册, the member's file and the audit log take
 * their labels (and, where they list fields, their columns) from here.
 *
 * A field added to `Member` without an entry here fails typecheck (the `satisfies` below), and so
 * does one missing from the archive's field map (db/members/repo.ts).
 */

/** Where a field appears; the form and the import take every field. */
export type MemberFieldPlace =
  /** the columns of the roster on screen (委员) */
  | 'table'
  /** the Excel ledgers' 委员名册 sheet */
  | 'ledger'
  /** the 基本情况 of a member's file (履职档案) */
  | 'memberFile';

export interface MemberFieldSpec {
  /** What the clerk calls the field, everywhere (DOMAIN.md's roster headers). */
  label: string;
  /** Other header words clerks' rosters use for it; the label itself is always recognised first. */
  aliases: readonly string[];
  /** How its value is kept: a date (YYYY-MM-DD or YYYY-MM), a list, or text and codes. */
  type: 'text' | 'date' | 'list' | 'code';
  /** Personal numbers: masked wherever they are shown rather than edited, unless the clerk asks for them in full. */
  personal?: 'phone' | 'idNumber';
  /** The places that show it, besides the form and the import. */
  shownIn: readonly MemberFieldPlace[];
  /** The width of its column in the Excel sheets, in characters. */
  width: number;
}

export type MemberFieldKey = Exclude<keyof Member, keyof Stamped | 'nameInitials'>;

const all = ['table', 'ledger', 'memberFile'] as const;
/** The exported files (the Excel 委员名册 and the member's file), not the roster on screen. */
const inFiles = ['ledger', 'memberFile'] as const;

export const memberFieldCatalogue = {
  name: { label: '姓名', aliases: ['委员姓名', '名字'], type: 'text', shownIn: all, width: 10 },
  gender: { label: '性别', aliases: [], type: 'code', shownIn: all, width: 6 },
  birthDate: {
    label: '出生年月',
    aliases: ['出生日期', '出生年月日', '生日'],
    type: 'date',
    shownIn: inFiles,
    width: 12,
  },
  ethnicity: { label: '民族', aliases: [], type: 'text', shownIn: all, width: 8 },
  party: { label: '党派', aliases: ['政治面貌', '党派（政治面貌）'], type: 'text', shownIn: inFiles, width: 12 },
  sector: { label: '界别', aliases: ['所属界别'], type: 'text', shownIn: all, width: 14 },
  specialCommittee: {
    label: '专委会',
    aliases: ['专门委员会', '所属专委会'],
    type: 'text',
    shownIn: inFiles,
    width: 14,
  },
  committeeLevels: {
    label: '政协层级',
    aliases: ['委员层级', '层级', '委员级别'],
    type: 'list',
    shownIn: all,
    width: 16,
  },
  term: { label: '届次', aliases: ['届别'], type: 'text', shownIn: inFiles, width: 8 },
  position: { label: '职务', aliases: ['政协职务'], type: 'code', shownIn: all, width: 8 },
  groupRole: { label: '联络组职务', aliases: ['组内职务'], type: 'code', shownIn: ['table', 'ledger'], width: 10 },
  workUnit: {
    label: '单位及职务',
    aliases: ['工作单位', '单位', '工作单位及职务', '工作单位及职务（职称）'],
    type: 'text',
    shownIn: all,
    width: 30,
  },
  phone: {
    label: '手机号',
    aliases: ['联系电话', '电话', '手机', '手机号码', '联系方式', '电话号码'],
    type: 'text',
    personal: 'phone',
    shownIn: all,
    width: 14,
  },
  idNumber: {
    label: '身份证号',
    aliases: ['身份证号码', '身份证'],
    type: 'text',
    personal: 'idNumber',
    shownIn: ['memberFile'],
    width: 20,
  },
  address: {
    label: '地址',
    aliases: ['家庭住址', '通讯地址', '联系地址', '住址'],
    type: 'text',
    shownIn: [],
    width: 32,
  },
  linkedCommunity: {
    label: '联系村(社区)',
    aliases: ['联系村', '联系社区', '包联社区', '挂钩村（社区）', '联系村居'],
    type: 'text',
    shownIn: all,
    width: 14,
  },
  status: { label: '状态', aliases: ['履职状态'], type: 'code', shownIn: all, width: 8 },
  joinedOn: { label: '任职日期', aliases: [], type: 'date', shownIn: ['ledger'], width: 14 },
  leftOn: { label: '离任日期', aliases: [], type: 'date', shownIn: ['ledger'], width: 14 },
  notes: { label: '备注', aliases: [], type: 'text', shownIn: ['ledger'], width: 24 },
} as const satisfies Record<MemberFieldKey, MemberFieldSpec>;

/** The fields in the catalogue's order (the order of the form, the template and the sheets). */
export const memberFieldKeys = Object.keys(memberFieldCatalogue) as MemberFieldKey[];

/** A field's Chinese name. */
export const memberFieldLabel = (key: MemberFieldKey): string => memberFieldCatalogue[key].label;

/** The fields a place shows, in the catalogue's order. */
export const memberFieldsIn = (place: MemberFieldPlace): MemberFieldKey[] =>
  memberFieldKeys.filter((k) => (memberFieldCatalogue[k].shownIn as readonly MemberFieldPlace[]).includes(place));

/** How personal numbers are shown: masked (the default) or, when the clerk asks, in full. */
export interface PersonalShown {
  phone(p: string | null): string;
  idNumber(s: string | null): string;
}
const masked: PersonalShown = { phone: maskPhone, idNumber: maskIdNumber };

/**
 * A field's value as a sheet or a page shows it: codes by their Chinese words, the levels joined
 * with 、, dates as stored (YYYY-MM-DD or YYYY-MM), personal numbers masked unless `personal` says.
 */
export function memberFieldText(m: Member, key: MemberFieldKey, personal: PersonalShown = masked): string {
  switch (key) {
    case 'gender':
      return m.gender ? Gender.label(m.gender) : '';
    case 'committeeLevels':
      return m.committeeLevels.map(CommitteeLevel.label).join('、');
    case 'position':
      return Position.label(m.position);
    case 'groupRole':
      return m.groupRole === 'none' ? '' : GroupRole.label(m.groupRole);
    case 'status':
      return MemberStatus.label(m.status);
    case 'phone':
      return personal.phone(m.phone);
    case 'idNumber':
      return personal.idNumber(m.idNumber);
    default:
      return m[key] ?? '';
  }
}

/**
 * A field's value as a page words it (a member's file, on screen and printed): 出生年月 as 1970年5月, the
 * group role beside the position (委员、联络组组长), the date of leaving beside the state.
 */
export function memberFieldWords(m: Member, key: MemberFieldKey, personal: PersonalShown = masked): string {
  if (key === 'birthDate') return zhDate(m.birthDate?.slice(0, 7));
  if (key === 'position')
    return `${Position.label(m.position)}${m.groupRole !== 'none' ? `、联络组${GroupRole.label(m.groupRole)}` : ''}`;
  if (key === 'status') return `${MemberStatus.label(m.status)}${m.leftOn ? `（${zhDate(m.leftOn)}离任）` : ''}`;
  return memberFieldText(m, key, personal);
}
