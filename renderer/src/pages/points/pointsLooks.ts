import type { PointsSource } from '../../../../shared/contract/points';

/** Where a line comes from, as the clerk calls it. */
export const sourceKindLabel: Record<PointsSource['kind'], string> = {
  activity: '活动',
  proposal: '提案',
  opinion_report: '社情民意',
  deed: '先进事迹',
  document: '履职小结',
};

const gradeColors = ['green', 'blue', 'gold', 'orange', 'purple', 'cyan'];

/** The grade's tag colour by its place in the year's grades; the lowest grade is red. */
export function gradeColor(grade: string, levels: { label: string }[]): string {
  const pos = levels.findIndex((l) => l.label === grade);
  return pos < 0 ? 'red' : gradeColors[pos % gradeColors.length];
}

/** +3 / −2 / 0, so a deduction reads as one at a glance. */
export const signed = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0');
