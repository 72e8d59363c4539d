import type { Input } from '../../../../shared/api';
import type { Member } from '../../../../shared/contract/members';
import type { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { memberFieldCatalogue, memberFieldKeys, type MemberFieldKey } from '../../../../shared/memberFields';
import { datesAt, textsToValues, valuesToTexts } from '../../forms/textValues';

type Catalogue = typeof memberFieldCatalogue;
/** The fields the form holds as typed text: the catalogue's texts and dates. */
type TextKey = { [K in MemberFieldKey]: Catalogue[K]['type'] extends 'text' | 'date' ? K : never }[MemberFieldKey];

const textKeys = memberFieldKeys.filter((k): k is TextKey => ['text', 'date'].includes(memberFieldCatalogue[k].type));
const formatText = datesAt(new Set<string>(memberFieldKeys.filter((k) => memberFieldCatalogue[k].type === 'date')));

/** What the member form holds: every text as typed, choices as their codes. */
export type MemberFormValues = { [K in TextKey]?: string } & {
  gender?: Gender;
  committeeLevels: CommitteeLevel[];
  position: Position;
  groupRole: GroupRole;
  status: MemberStatus;
};

export type MemberInput = Input<'members.create'>;

/** A new member starts as the archive would store one left blank. */
export const newMemberValues: MemberFormValues = {
  committeeLevels: ['county'],
  position: 'member',
  groupRole: 'none',
  status: 'active',
};

export function memberToValues(m: Member): MemberFormValues {
  return {
    ...textsToValues(textKeys, m),
    gender: m.gender ?? undefined,
    committeeLevels: m.committeeLevels,
    position: m.position,
    groupRole: m.groupRole,
    status: m.status,
  };
}

/** The form as the contract's input: texts trimmed, dates written 1970-05 / 2026-05-14, blanks as null. */
export function valuesToInput(v: MemberFormValues): MemberInput {
  return {
    ...valuesToTexts(textKeys, v, formatText),
    name: (v.name ?? '').trim(),
    gender: v.gender ?? null,
    committeeLevels: v.committeeLevels ?? [],
    position: v.position,
    groupRole: v.groupRole,
    status: v.status,
  };
}
