import { z } from 'zod';
import { ProposalFiling, ProposalResult, Satisfaction } from '../enums';
import { id, isoDate, memberIds, optional, requiredText, text, year } from './fields';
import { yearListInput } from './lists';
import type { Stamped } from './fields';
import { recordMethods } from './define';
import type { NamedMember } from './namedMember';

/** A formal proposal (提案) to the CPPCC session: a lead member, co-signers, its filing and handling. */
export interface Proposal extends Stamped {
  year: number;
  /** e.g. 三届四次会议 */
  session: string | null;
  /** The committee's proposal number, e.g. 第 0123 号. */
  number: string | null;
  title: string;
  category: string | null;
  content: string | null;
  /** Null for a proposal of the group as a whole (集体提案). */
  leadMemberId: number | null;
  leadMemberName: string | null;
  cosigners: NamedMember[];
  submittedOn: string | null;
  filing: ProposalFiling;
  /** 主办单位 */
  mainUnit: string | null;
  /** 协办单位 */
  assistUnits: string | null;
  replyOn: string | null;
  result: ProposalResult | null;
  satisfaction: Satisfaction | null;
  notes: string | null;
}

export const proposalFields = z
  .object({
    year,
    session: optional(text(60, '会议届次')),
    number: optional(text(40, '提案编号')),
    title: requiredText(200, '提案案由'),
    category: optional(text(40, '提案类别')),
    content: optional(text(50000, '提案内容')),
    leadMemberId: optional(id),
    cosignerIds: memberIds(200, '联名委员不能超过 200 人', '同一位委员不能重复列为联名人').optional(),
    submittedOn: optional(isoDate),
    filing: z.enum(ProposalFiling.codes, { error: '立案情况只能是 待审查、立案、不立案 或 转社情民意' }).optional(),
    mainUnit: optional(text(120, '主办单位')),
    assistUnits: optional(text(500, '协办单位')),
    replyOn: optional(isoDate),
    result: optional(z.enum(ProposalResult.codes, { error: '办理结果只能是 A、B、C 或 D' })),
    satisfaction: optional(z.enum(Satisfaction.codes, { error: '满意度只能是 满意、基本满意 或 不满意' })),
    notes: optional(text(2000, '备注')),
  })
  .strict();

/** The lead signs the proposal already; listing them as a co-signer too would count them twice. */
export const leadIsCosigner = (p: { leadMemberId?: number | null; cosignerIds?: number[] }) =>
  !!p.leadMemberId && !!p.cosignerIds?.includes(p.leadMemberId);
export const leadIsCosignerMessage = '领衔委员不能同时列为联名人';

interface Handling {
  filing?: ProposalFiling | null;
  submittedOn?: string | null;
  replyOn?: string | null;
  result?: ProposalResult | null;
  satisfaction?: Satisfaction | null;
}

/**
 * A proposal's filing and handling agree: only an accepted (立案) proposal is answered, so only it
 * has a reply date, a result and the member's satisfaction; satisfaction is asked after the answer;
 * the answer comes after the proposal. The field the message belongs to, or null when they agree.
 */
export function handlingProblem(p: Handling): { field: keyof Handling; message: string } | null {
  const filing = p.filing ?? 'pending';
  if (filing !== 'accepted') {
    const what = `${ProposalFiling.label(filing)}的提案没有承办单位的答复`;
    if (p.replyOn) return { field: 'replyOn', message: `${what}，不能填写答复日期` };
    if (p.result) return { field: 'result', message: `${what}，不能填写办理结果` };
    if (p.satisfaction) return { field: 'satisfaction', message: `${what}，不能填写委员满意度` };
  }
  if (p.satisfaction && !p.result && !p.replyOn)
    return { field: 'satisfaction', message: '委员满意度在答复之后征询：请先填写答复日期或办理结果' };
  if (p.replyOn && p.submittedOn && p.replyOn < p.submittedOn)
    return { field: 'replyOn', message: `答复日期不能早于提交日期（${p.submittedOn}）` };
  return null;
}

export const proposalCreate = proposalFields.superRefine((p, ctx) => {
  if (leadIsCosigner(p)) ctx.addIssue({ code: 'custom', message: leadIsCosignerMessage, path: ['cosignerIds'] });
  const problem = handlingProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
});
/**
 * `patch.cosignerIds`, when given, replaces the whole set of co-signers. The handling rule is
 * checked against the stored proposal once the patch is applied.
 */
export const proposalPatch = proposalFields
  .partial()
  .refine((p) => !leadIsCosigner(p), { message: leadIsCosignerMessage, path: ['cosignerIds'] });

/** The member leads or co-signs the proposals; search words match the title, number, content or handling unit. */
export const proposalList = yearListInput({
  filing: z.enum(ProposalFiling.codes, { error: '立案情况无效' }).optional(),
  result: z.enum(ProposalResult.codes, { error: '办理结果无效' }).optional(),
});

export const proposalsContract = recordMethods<Proposal>()('proposal', {
  list: ['提案（按年度、立案情况、办理结果、委员、文字筛选，新的在前）', proposalList],
  get: '读取一件提案（含领衔委员和联名人）',
  create: ['新增提案', proposalCreate],
  update: ['修改提案（给出联名人时整体替换）', proposalPatch],
});
