import { z } from 'zod';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../enums';
import { birthDate, idNumber, isoDate, optional, phone, requiredText, text } from './fields';
import { listInput, searchWords } from './lists';
import type { Stamped } from './fields';
import { query, recordMethods } from './define';
import { memberFieldLabel as label, type MemberFieldKey } from '../memberFields';

export interface Member extends Stamped {
  name: string;
  /** Pinyin initials of the name, e.g. 张伟 → zw (derived, for search). */
  nameInitials: string;
  gender: Gender | null;
  birthDate: string | null;
  ethnicity: string | null;
  party: string | null;
  sector: string | null;
  specialCommittee: string | null;
  committeeLevels: CommitteeLevel[];
  term: string | null;
  position: Position;
  groupRole: GroupRole;
  workUnit: string | null;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
  linkedCommunity: string | null;
  status: MemberStatus;
  joinedOn: string | null;
  leftOn: string | null;
  notes: string | null;
}

export const memberFields = z
  .object({
    name: requiredText(40, label('name')),
    gender: optional(z.enum(Gender.codes, { error: '性别只能是 男 或 女' })),
    birthDate: optional(birthDate),
    ethnicity: optional(text(20, label('ethnicity'))),
    party: optional(text(40, label('party'))),
    sector: optional(text(40, label('sector'))),
    specialCommittee: optional(text(60, label('specialCommittee'))),
    committeeLevels: z
      .array(z.enum(CommitteeLevel.codes, { error: `${label('committeeLevels')}无效` }))
      .max(4)
      .optional(),
    term: optional(text(40, label('term'))),
    position: z.enum(Position.codes, { error: '职务无效' }).optional(),
    groupRole: z.enum(GroupRole.codes, { error: `${label('groupRole')}无效` }).optional(),
    workUnit: optional(text(120, label('workUnit'))),
    phone: optional(z.union([phone, z.literal('')])),
    idNumber: optional(z.union([idNumber, z.literal('')])),
    address: optional(text(200, label('address'))),
    linkedCommunity: optional(text(80, label('linkedCommunity'))),
    status: z.enum(MemberStatus.codes, { error: '状态无效' }).optional(),
    joinedOn: optional(isoDate),
    leftOn: optional(isoDate),
    notes: optional(text(2000, label('notes'))),
  })
  .strict();

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** The input schema takes exactly the fields of the catalogue (shared/memberFields.ts): one added to either alone fails typecheck. */
export type MemberSchemaMatchesCatalogue = Holds<SameKeys<keyof z.input<typeof memberFields>, MemberFieldKey>>;

const leftAfterJoined = (m: { joinedOn?: string | null; leftOn?: string | null }) =>
  !m.joinedOn || !m.leftOn || m.leftOn >= m.joinedOn;
const leftAfterJoinedMessage = { message: '离任日期不能早于任职日期', path: ['leftOn'] };

export const memberCreate = memberFields.refine(leftAfterJoined, leftAfterJoinedMessage);
export const memberPatch = memberFields.partial().refine(leftAfterJoined, leftAfterJoinedMessage);

export const memberList = listInput(
  {
    /** Name, pinyin initials, phone, sector, work unit or linked community. */
    q: searchWords,
    sector: text(40, label('sector')).optional(),
    committeeLevel: z.enum(CommitteeLevel.codes).optional(),
    position: z.enum(Position.codes).optional(),
    groupRole: z.enum(GroupRole.codes).optional(),
    status: z.enum(MemberStatus.codes).optional(),
  },
  { orderBy: z.enum(['name', 'sector', 'createdAt']).optional() },
);

/** A member as a picker offers them: enough to show, search by initials and group by sector. */
export interface MemberName {
  id: number;
  name: string;
  nameInitials: string;
  sector: string | null;
  status: MemberStatus;
}

export const memberNames = z.object({ status: z.enum(MemberStatus.codes, { error: '状态无效' }).optional() }).strict();

export const membersContract = {
  ...recordMethods<Member>()('member', {
    list: ['委员名册（筛选、搜索、分页）', memberList],
    get: '读取一位委员',
    create: ['新增委员', memberCreate],
    update: ['修改委员信息', memberPatch],
  }),
  'members.names': query<MemberName[]>()('全部委员的姓名（供选择委员），不分页', memberNames),
  'members.sectors': query<string[]>()('已使用的界别列表', z.object({}).strict()),
};
