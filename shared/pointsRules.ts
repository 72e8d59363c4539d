import type { ActivityType, AdoptionLevel } from './enums';
import { labels } from './labels';

/** What a points line is for, in the order a member's ledger lists them; each category is capped on its own. */
export const PointsCategory = labels({
  activity: '活动',
  absence: '缺席扣分',
  proposal: '提案',
  report: '社情民意',
  deed: '先进事迹',
  summary: '履职小结',
});
export type PointsCategory = (typeof PointsCategory.codes)[number];

/** The categories that earn points and can be capped; 缺席 only ever takes points away. */
export const cappedCategories = ['activity', 'proposal', 'report', 'deed', 'summary'] as const;
export type CappedCategory = (typeof cappedCategories)[number];

/** A grade (等级) a member reaches at or above `min` points. */
export interface GradeLevel {
  label: string;
  min: number;
}

/**
 * One year's duty-points rules (履职积分规则). Points are whole numbers; a rule worth 0 gives no
 * line at all. Grades are checked from the highest: a member gets the first level whose `min`
 * they reach, and `below` when they reach none.
 */
export interface PointsRules {
  /** Points for each 出席 at a held activity, by activity type. */
  attendance: Record<ActivityType, number>;
  /** Points for each 缺席 (absent without leave; 请假 costs nothing): 0 or negative. */
  absence: number;
  proposalLead: number;
  proposalCosigner: number;
  /** Extra points to the lead member when the proposal is 立案. */
  proposalAccepted: number;
  /** Points to every author of a 社情民意 that was submitted (not a draft). */
  reportSubmitted: number;
  /** Extra points to every author when it is adopted, by the level that adopted it. */
  reportAdopted: Record<AdoptionLevel, number>;
  deed: number;
  memberSummary: number;
  /** The most a category can give in the year; null: no cap. */
  caps: Record<CappedCategory, number | null>;
  grades: { levels: GradeLevel[]; below: string };
}

/**
 * The defaults, used for a year whose rules the group has not set. They follow what township
 * groups commonly use; every number is the group's to change on the 履职积分 page.
 */
export const defaultPointsRules: PointsRules = {
  attendance: {
    study: 2,
    inspection: 3,
    research: 3,
    consultation: 2,
    supervision: 2,
    briefing: 2,
    fellowship: 2,
    charity: 2,
    reception: 2,
    meeting: 2,
    other: 2,
  },
  absence: -2,
  proposalLead: 5,
  proposalCosigner: 2,
  proposalAccepted: 3,
  reportSubmitted: 2,
  reportAdopted: { county: 3, city: 5, province: 8, national: 10 },
  deed: 3,
  memberSummary: 2,
  caps: { activity: 40, proposal: 30, report: 30, deed: 15, summary: null },
  grades: {
    levels: [
      { label: '优秀', min: 60 },
      { label: '良好', min: 40 },
      { label: '称职', min: 20 },
    ],
    below: '不称职',
  },
};

/** The grade a total earns under the rules. */
export function gradeOf(total: number, grades: PointsRules['grades']): string {
  return grades.levels.find((g) => total >= g.min)?.label ?? grades.below;
}
