import type { Input } from '../../../../shared/api';
import type { GroupSettings } from '../../../../shared/contract/group';
import type { NameOrder } from '../../../../shared/enums';

export type GroupInput = Input<'group.update'>;

/** What the settings form holds: the group's fields as the archive keeps them. */
export interface GroupFormValues {
  name: string;
  parentCommittee: string;
  term: string;
  partyCommittee: string;
  government: string;
  currentYear: number | null;
  nameOrder: NameOrder;
}

export const groupToValues = (g: GroupSettings): GroupFormValues => ({
  name: g.name,
  parentCommittee: g.parentCommittee,
  term: g.term,
  partyCommittee: g.partyCommittee,
  government: g.government,
  currentYear: g.currentYear,
  nameOrder: g.nameOrder,
});

/** The form as the contract's input: texts trimmed; an emptied year stays empty for the check to name. */
export const groupValuesToInput = (v: GroupFormValues): GroupInput => ({
  name: (v.name ?? '').trim(),
  parentCommittee: (v.parentCommittee ?? '').trim(),
  term: (v.term ?? '').trim(),
  partyCommittee: (v.partyCommittee ?? '').trim(),
  government: (v.government ?? '').trim(),
  currentYear: v.currentYear ?? undefined,
  nameOrder: v.nameOrder,
});
