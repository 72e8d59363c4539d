import { ActivityType, AdoptionLevel } from '../../../../shared/enums';
import type { PointsCategory } from '../../../../shared/pointsRules';

/** One editable rule: where it sits in PointsRules, its words, and the range the contract allows. */
export interface RuleRow {
  key: string;
  category: PointsCategory;
  label: string;
  name: (string | number)[];
  min: number;
  max: number;
}

const award = (category: PointsCategory, label: string, ...name: string[]): RuleRow => ({
  key: name.join('.'),
  category,
  label,
  name,
  min: 0,
  max: 100,
});

/** Every rule of PointsRules except caps and grades, grouped by category in the ledger's order. */
export const ruleRows: RuleRow[] = [
  ...ActivityType.codes.map((c) => award('activity', `出席${ActivityType.label(c)}（每次）`, 'attendance', c)),
  { key: 'absence', category: 'absence', label: '无故缺席活动（每次）', name: ['absence'], min: -100, max: 0 },
  award('proposal', '领衔提案（每件）', 'proposalLead'),
  award('proposal', '联名提案（每件）', 'proposalCosigner'),
  award('proposal', '提案立案，领衔人加分', 'proposalAccepted'),
  award('report', '报送社情民意（每篇，每位作者）', 'reportSubmitted'),
  ...AdoptionLevel.codes.map((c) => award('report', `被${AdoptionLevel.label(c)}，加分`, 'reportAdopted', c)),
  award('deed', '先进事迹（每件）', 'deed'),
  award('summary', '提交履职小结', 'memberSummary'),
];

/** How many rows of its category start at this row (for merged category cells), 0 for the rest. */
export function categorySpan(pos: number): number {
  const { category } = ruleRows[pos];
  if (pos > 0 && ruleRows[pos - 1].category === category) return 0;
  let n = 1;
  while (ruleRows[pos + n]?.category === category) n++;
  return n;
}
