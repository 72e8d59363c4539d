import type { Input } from '../../../../shared/api';
import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import type { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { normalizeDateText } from '../../forms/dateText';

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
const dateKeys = new Set<TextKey>(['submittedOn', 'adoptedOn', 'endorsedOn']);

/** What the report form holds: texts as typed, authors in order, choices as their codes. */
export type OpinionReportFormValues = { [K in TextKey]?: string } & {
  authorIds: number[];
  status: OpinionReportStatus;
  adoptedLevel?: AdoptionLevel | null;
};

export type OpinionReportInput = Input<'opinionReports.create'>;

export const newOpinionReportValues: OpinionReportFormValues = { authorIds: [], status: 'submitted' };

export function opinionReportToValues(r: OpinionReport): OpinionReportFormValues {
  const values: OpinionReportFormValues = {
    authorIds: r.authors.map((a) => a.memberId),
    status: r.status,
    adoptedLevel: r.adoptedLevel,
  };
  for (const key of textKeys) values[key] = r[key] ?? '';
  return values;
}

/** The form as the contract's input for the year: texts trimmed, dates written 2026-05-14, blanks as null. */
export function opinionReportValuesToInput(year: number, v: OpinionReportFormValues): OpinionReportInput {
  const input: OpinionReportInput = {
    year,
    title: (v.title ?? '').trim(),
    authorIds: v.authorIds ?? [],
    status: v.status,
    adoptedLevel: v.adoptedLevel ?? null,
  };
  for (const key of textKeys) {
    if (key === 'title') continue;
    const typed = (v[key] ?? '').trim();
    const text = dateKeys.has(key) ? normalizeDateText(typed) : typed;
    input[key] = text === '' ? null : text;
  }
  return input;
}
