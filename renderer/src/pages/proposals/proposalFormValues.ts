import type { Input } from '../../../../shared/api';
import type { Proposal } from '../../../../shared/contract/proposals';
import type { ProposalFiling, ProposalResult, Satisfaction } from '../../../../shared/enums';
import { datesAt, textsToValues, valuesToTexts } from '../../forms/textValues';

const textKeys = [
  'session',
  'number',
  'title',
  'category',
  'content',
  'submittedOn',
  'mainUnit',
  'assistUnits',
  'replyOn',
  'notes',
] as const;
type TextKey = (typeof textKeys)[number];
const formatText = datesAt(new Set<TextKey>(['submittedOn', 'replyOn']));

/** What the proposal form holds: texts as typed, members by id, choices as their codes. */
export type ProposalFormValues = { [K in TextKey]?: string } & {
  leadMemberId?: number | null;
  cosignerIds: number[];
  filing: ProposalFiling;
  result?: ProposalResult | null;
  satisfaction?: Satisfaction | null;
};

export type ProposalInput = Input<'proposals.create'>;

export const newProposalValues: ProposalFormValues = { cosignerIds: [], filing: 'pending' };

export function proposalToValues(p: Proposal): ProposalFormValues {
  return {
    ...textsToValues(textKeys, p),
    leadMemberId: p.leadMemberId,
    cosignerIds: p.cosigners.map((c) => c.memberId),
    filing: p.filing,
    result: p.result,
    satisfaction: p.satisfaction,
  };
}

/** The form as the contract's input for the year: texts trimmed, dates written 2026-05-14, blanks as null. */
export function proposalValuesToInput(year: number, v: ProposalFormValues): ProposalInput {
  return {
    year,
    ...valuesToTexts(textKeys, v, formatText),
    title: (v.title ?? '').trim(),
    leadMemberId: v.leadMemberId ?? null,
    cosignerIds: v.cosignerIds ?? [],
    filing: v.filing,
    result: v.result ?? null,
    satisfaction: v.satisfaction ?? null,
  };
}
