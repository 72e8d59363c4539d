import type { Input } from '../../../../shared/api';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import type { DocumentKind } from '../../../../shared/enums';

/** What the document form holds. */
export interface DocumentFormValues {
  kind: DocumentKind;
  memberId?: number | null;
  title?: string;
  body?: string;
}

export type DocumentInput = Input<'documents.create'>;

export const newDocumentValues = (kind: DocumentKind): DocumentFormValues => ({ kind, body: '' });

export const documentToValues = (d: ArchiveDocument): DocumentFormValues => ({
  kind: d.kind,
  memberId: d.memberId,
  title: d.title,
  body: d.body,
});

/** The form as the contract's input for the year: the title trimmed; the body kept as typed. */
export function documentValuesToInput(year: number, v: DocumentFormValues): DocumentInput {
  return {
    year,
    kind: v.kind,
    memberId: v.kind === 'member_summary' ? (v.memberId ?? null) : null,
    title: (v.title ?? '').trim(),
    body: v.body ?? '',
  };
}

/** The title a document of this kind usually has, e.g. 东湖镇政协联络组2026年度工作总结. */
export function suggestedTitle(year: number, kind: DocumentKind, groupName: string, memberName?: string): string {
  switch (kind) {
    case 'annual_plan':
      return `${groupName}${year}年度工作计划`;
    case 'half_year_summary':
      return `${groupName}${year}年上半年工作小结`;
    case 'annual_summary':
      return `${groupName}${year}年度工作总结`;
    case 'member_summary':
      return memberName ? `${memberName}委员${year}年度履职小结` : '';
    case 'other':
      return '';
  }
}
