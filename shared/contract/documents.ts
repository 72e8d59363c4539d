import { z } from 'zod';
import { DocumentKind } from '../enums';
import { binScope, byId, id, paging, requiredText, text, year } from './fields';
import type { Page, Stamped } from './fields';
import { method, query } from './define';

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
export const documentUpdate = z.object({ id, patch: documentFields.partial() }).strict();

export const documentList = z
  .object({
    year: year.optional(),
    kind: z.enum(DocumentKind.codes, { error: '文档类别无效' }).optional(),
    memberId: id.optional(),
    /** Title or body. */
    q: text(60, '搜索词').optional(),
    scope: binScope,
    ...paging,
  })
  .strict();

export const documentsContract = {
  'documents.list': query<Page<ArchiveDocument>>()(
    '文档：计划、小结、总结、委员履职小结（按年度、类别筛选）',
    documentList,
  ),
  'documents.get': query<ArchiveDocument>()('读取一篇文档', byId),
  'documents.create': method<ArchiveDocument>()('新增文档', documentCreate),
  'documents.update': method<ArchiveDocument>()('修改文档', documentUpdate),
  'documents.delete': method<ArchiveDocument>()('删除文档（移入回收站）', byId),
  'documents.restore': method<ArchiveDocument>()('从回收站恢复文档', byId),
};
