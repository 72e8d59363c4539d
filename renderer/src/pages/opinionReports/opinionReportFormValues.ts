import type { Input } from '../../../../shared/api';
import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import type { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { datesAt, textsToValues, valuesToTexts } from '../../forms/textValues';

const textKeys = [
  'title',
  'content',
  'submittedOn',
  'adoptedOn',
  'endorsement',
  'endorsedBy',
  'endorsedOn',
  'notes',
] as const;
type TextKey = (typeof textKeys)[number];
const formatText = datesAt(new Set<TextKey>(['submittedOn', 'adoptedOn', 'endorsedOn']));

/** What the report form holds: texts as typed, authors in order, choices as their codes. */
export type OpinionReportFormValues = { [K in TextKey]?: string } & {
  authorIds: number[];
  status: OpinionReportStatus;
  adoptedLevel?: AdoptionLevel | null;
};

export type OpinionReportInput = Input<'opinionReports.create'>;

export const newOpinionReportValues: OpinionReportFormValues = { authorIds: [], status: 'submitted' };

export function opinionReportToValues(r: OpinionReport): OpinionReportFormValues {
  return {
    ...textsToValues(textKeys, r),
    authorIds: r.authors.map((a) => a.memberId),
    status: r.status,
    adoptedLevel: r.adoptedLevel,
  };
}

/** The form as the contract's input for the year: texts trimmed, dates written 2026-05-14, blanks as null. */
export function opinionReportValuesToInput(year: number, v: OpinionReportFormValues): OpinionReportInput {
  return {
    year,
    ...valuesToTexts(textKeys, v, formatText),
    title: (v.title ?? '').trim(),
    authorIds: v.authorIds ?? [],
    status: v.status,
    adoptedLevel: v.adoptedLevel ?? null,
  };
}
