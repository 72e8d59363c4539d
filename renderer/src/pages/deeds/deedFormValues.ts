import type { Input } from '../../../../shared/api';
import type { Deed } from '../../../../shared/contract/deeds';
import { normalizeDateText } from '../../forms/dateText';

/** What the deed form holds: texts as typed, the member by id. */
export interface DeedFormValues {
  memberId?: number | null;
  title?: string;
  happenedOn?: string;
  source?: string;
  content?: string;
}

export type DeedInput = Input<'deeds.create'>;

export const newDeedValues: DeedFormValues = {};

export const deedToValues = (d: Deed): DeedFormValues => ({
  memberId: d.memberId,
  title: d.title,
  happenedOn: d.happenedOn ?? '',
  source: d.source ?? '',
  content: d.content ?? '',
});

const orNull = (s: string) => (s === '' ? null : s);

/** The form as the contract's input for the year: texts trimmed, the date written 2026-05-14, blanks as null. */
export function deedValuesToInput(year: number, v: DeedFormValues): DeedInput {
  return {
    year,
    memberId: v.memberId ?? null,
    title: (v.title ?? '').trim(),
    happenedOn: orNull(normalizeDateText(v.happenedOn ?? '')),
    source: orNull((v.source ?? '').trim()),
    content: orNull((v.content ?? '').trim()),
  };
}
