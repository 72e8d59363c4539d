import { z } from 'zod';
import { AdoptionLevel, OpinionReportStatus } from '../enums';
import { isoDate, memberIds, optional, requiredText, text, year } from './fields';
import { yearListInput } from './lists';
import type { Stamped } from './fields';
import { recordMethods } from './define';
import type { NamedMember } from './namedMember';

/** A public-opinion report (社情民意信息): 报送 submitted → 采用 adopted (by a level) → 批示 endorsed. */
export interface OpinionReport extends Stamped {
  year: number;
  title: string;
  content: string | null;
  /** Its authors in order; the first is the lead author. Empty for a report of the group as a whole. */
  authors: NamedMember[];
  submittedOn: string | null;
  status: OpinionReportStatus;
  /** Which committee adopted it; set exactly when status is adopted. */
  adoptedLevel: AdoptionLevel | null;
  adoptedOn: string | null;
  /** A leader's written instruction (批示) on the report, and who gave it. */
  endorsement: string | null;
  endorsedBy: string | null;
  endorsedOn: string | null;
  notes: string | null;
}

export const opinionReportFields = z
  .object({
    year,
    title: requiredText(200, '社情民意标题'),
    content: optional(text(50000, '社情民意内容')),
    authorIds: memberIds(100, '作者不能超过 100 人', '同一位委员不能重复列为作者').optional(),
    submittedOn: optional(isoDate),
    status: z.enum(OpinionReportStatus.codes, { error: '状态只能是 草稿、已报送 或 已采用' }).optional(),
    adoptedLevel: optional(z.enum(AdoptionLevel.codes, { error: '采用层级只能是 区(县)、市、省 或 全国政协采用' })),
    adoptedOn: optional(isoDate),
    endorsement: optional(text(5000, '领导批示')),
    endorsedBy: optional(text(60, '批示领导')),
    endorsedOn: optional(isoDate),
    notes: optional(text(2000, '备注')),
  })
  .strict();

interface Adoption {
  status?: OpinionReportStatus | null;
  adoptedLevel?: AdoptionLevel | null;
  adoptedOn?: string | null;
}

/** An adopted report says by whom; a report not (yet) adopted carries no adoption. */
export function adoptionProblem(r: Adoption): string | null {
  const adopted = (r.status ?? 'submitted') === 'adopted';
  if (adopted && !r.adoptedLevel) return '已采用的社情民意请填写采用层级';
  if (!adopted && (r.adoptedLevel || r.adoptedOn)) return '只有已采用的社情民意才能填写采用层级和采用日期';
  return null;
}

export const opinionReportCreate = opinionReportFields.superRefine((r, ctx) => {
  const problem = adoptionProblem(r);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['adoptedLevel'] });
});
/**
 * `patch.authorIds`, when given, replaces the authors in the order given. The adoption rule is
 * checked against the stored report once the patch is applied.
 */
export const opinionReportPatch = opinionReportFields.partial();

/** The member is an author of the reports; search words match the title, content or endorsement. */
export const opinionReportList = yearListInput({
  status: z.enum(OpinionReportStatus.codes, { error: '状态无效' }).optional(),
  adoptedLevel: z.enum(AdoptionLevel.codes, { error: '采用层级无效' }).optional(),
});

export const opinionReportsContract = recordMethods<OpinionReport>()('opinion_report', {
  list: ['社情民意（按年度、状态、采用层级、委员、文字筛选，新的在前）', opinionReportList],
  get: '读取一篇社情民意（含作者）',
  create: ['新增社情民意（第一位作者为第一作者）', opinionReportCreate],
  update: ['修改社情民意（给出作者时整体替换）', opinionReportPatch],
});
