import type { Retention } from '../../shared/filing';

export interface CodeParts {
  fondsCode: string;
  categoryCode: string;
  year: number;
  retention: Retention;
  orgCode: string;
  itemNo: number;
}

/**
 * The 档号 as DA/T 22-2015 composes it: 全宗号-门类代码·年度-保管期限代码-机构（问题）代码-件号,
 * e.g. Z109-WS·2026-Y-LLZ-0001. A part the clerk has not set (全宗号 before the archive room
 * assigns it, 机构（问题）when the 全宗 does not classify by it) is left out with its separator.
 */
export function archivalCode(p: CodeParts): string {
  const head = p.fondsCode ? `${p.fondsCode}-` : '';
  const org = p.orgCode ? `-${p.orgCode}` : '';
  return `${head}${p.categoryCode}·${p.year}-${p.retention}${org}-${String(p.itemNo).padStart(4, '0')}`;
}
