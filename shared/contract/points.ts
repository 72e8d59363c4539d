import { z } from 'zod';
import { ActivityType, AdoptionLevel } from '../enums';
import { cappedCategories, PointsCategory, type CappedCategory, type PointsRules } from '../pointsRules';
import type { DutyMember } from './duty';
import { requiredText, year } from './fields';
import { method, query } from './define';

/** The rules a year is scored by, and whether the group saved its own or the defaults apply. */
export interface YearPointsRules {
  year: number;
  rules: PointsRules;
  /** False: nothing saved for the year, `rules` are the defaults. */
  saved: boolean;
  updatedAt: string | null;
}

/** The record a line comes from, named so the clerk can open it. */
export interface PointsSource {
  kind: 'activity' | 'proposal' | 'opinion_report' | 'deed' | 'document';
  id: number;
  title: string;
  date: string | null;
}

/** One line of a member's ledger (积分明细); a cap is a line of its own, with no source. */
export interface PointsLine {
  category: PointsCategory;
  label: string;
  points: number;
  source: PointsSource | null;
}

export interface MemberPoints {
  member: DutyMember;
  total: number;
  grade: string;
  /** 1 for the highest total; equal totals share a rank (1, 1, 3). */
  rank: number;
  /** Each category's points after its cap. */
  subtotals: Record<PointsCategory, number>;
  lines: PointsLine[];
}

/** Every member serving in the year, highest total first (roster order among equals). */
export interface YearPoints {
  year: number;
  rules: PointsRules;
  rulesSaved: boolean;
  members: MemberPoints[];
}

function points(label: string, max = 100) {
  return z
    .number({ error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .min(0, `${label}不能小于 0`)
    .max(max, `${label}不能超过 ${max} 分`);
}

const deduction = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .int(`${label}必须是整数`)
    .max(0, `${label}是扣分，应填 0 或负数`)
    .min(-100, `${label}不能少于 -100 分`);

const byCode = <K extends string, S extends z.ZodType>(codes: readonly K[], schema: (code: K) => S) =>
  z.object(Object.fromEntries(codes.map((c) => [c, schema(c)])) as Record<K, S>).strict();

/** A year's total can pass 100 when several categories add up, so caps and grade lines go to 1000. */
const cap = (c: CappedCategory) => points(`${PointsCategory.label(c)}封顶分数`, 1000).nullable();

const grades = z
  .object({
    levels: z
      .array(z.object({ label: requiredText(10, '等级名称'), min: points('等级分数线', 1000) }).strict())
      .min(1, '请至少设置一个等级')
      .max(6, '等级不能超过 6 个'),
    below: requiredText(10, '最低等级名称'),
  })
  .strict()
  .refine((g) => g.levels.every((l, i) => i === 0 || l.min < g.levels[i - 1].min), {
    message: '等级分数线应从高到低排列，且不能相同',
    path: ['levels'],
  })
  .refine((g) => new Set([...g.levels.map((l) => l.label), g.below]).size === g.levels.length + 1, {
    message: '等级名称不能重复',
    path: ['levels'],
  });

export const pointsRulesSchema = z
  .object({
    attendance: byCode(ActivityType.codes, (c) => points(`出席“${ActivityType.label(c)}”活动的积分`)),
    absence: deduction('无故缺席的扣分'),
    proposalLead: points('领衔提案的积分'),
    proposalCosigner: points('联名提案的积分'),
    proposalAccepted: points('提案立案的加分'),
    reportSubmitted: points('报送社情民意的积分'),
    reportAdopted: byCode(AdoptionLevel.codes, (c) => points(`社情民意${AdoptionLevel.label(c)}的加分`)),
    deed: points('先进事迹的积分'),
    memberSummary: points('履职小结的积分'),
    caps: byCode(cappedCategories, cap),
    grades,
  })
  .strict() satisfies z.ZodType<PointsRules>;

export const pointsYearInput = z.object({ year }).strict();
export const pointsSetRules = z.object({ year, rules: pointsRulesSchema }).strict();

export const pointsContract = {
  'points.rules': query<YearPointsRules>()('读取一个年度的履职积分规则（未设置时为默认规则）', pointsYearInput),
  'points.setRules': method<YearPointsRules>()('保存一个年度的履职积分规则', pointsSetRules),
  'points.year': query<YearPoints>()('年度履职积分：每位委员的总分、等级、排名和积分明细', pointsYearInput),
};
