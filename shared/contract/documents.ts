import { z } from 'zod';
import { DocumentKind } from '../enums';
import { id, requiredText, text, year } from './fields';
import { yearListInput } from './lists';
import type { Stamped } from './fields';
import { recordMethods } from './define';

/** A written document of the year: the plan, the half-year and annual summaries, a member's duty summary. */
export interface ArchiveDocument extends Stamped {
  year: number;
  kind: DocumentKind;
  /** The member whose summary it is; set exactly for kind member_summary. */
  memberId: number | null;
  memberName: string | null;
  title: string;
  body: string;
}

export const documentFields = z
  .object({
    year,
    kind: z.enum(DocumentKind.codes, { error: '请选择有效的文档类别' }),
    memberId: id.nullish(),
    title: requiredText(200, '文档标题'),
    body: text(200000, '正文').optional(),
  })
  .strict();

interface Owner {
  kind?: DocumentKind;
  memberId?: number | null;
}

/** A 委员履职小结 belongs to one member; no other kind names a member. */
export function ownerProblem(d: Owner): string | null {
  if (d.kind === 'member_summary' && !d.memberId) return '委员履职小结请选择是哪一位委员的';
  if (d.kind !== 'member_summary' && d.memberId) return '只有委员履职小结才需要选择委员';
  return null;
}

export const documentCreate = documentFields.superRefine((d, ctx) => {
  const problem = ownerProblem(d);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['memberId'] });
});
/** The kind/member rule is checked against the stored document once the patch is applied. */
export const documentPatch = documentFields.partial();

/** Search words match the title or body. */
export const documentList = yearListInput({
  kind: z.enum(DocumentKind.codes, { error: '文档类别无效' }).optional(),
});

export const documentsContract = recordMethods<ArchiveDocument>()('document', {
  list: ['文档：计划、小结、总结、委员履职小结（按年度、类别筛选）', documentList],
  get: '读取一篇文档',
  create: ['新增文档', documentCreate],
  update: ['修改文档', documentPatch],
});
