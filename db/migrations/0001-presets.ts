import type { DutySchemeItemDef, SchemePreset } from '../../shared/dutySchemes';

/**
 * The duty schemes every archive starts with, frozen as migration 1 seeded them. Like the
 * migration itself this never changes once released: a later change to a preset is a new
 * migration that updates the rows.
 */
export const presets: Record<SchemePreset, { name: string; items: DutySchemeItemDef[] }> = {
  eight: {
    name: '八个一',
    items: [
      { code: 'research', label: '一次工作调研', requiredCount: 1, creditActivityTypes: ['research'], creditKinds: [] },
      { code: 'inspection', label: '一次工作视察', requiredCount: 1, creditActivityTypes: ['inspection'], creditKinds: [] },
      { code: 'supervision', label: '一次民主监督', requiredCount: 1, creditActivityTypes: ['supervision'], creditKinds: [] },
      { code: 'liaison', label: '一次挂钩活动', requiredCount: 1, creditActivityTypes: ['reception'], creditKinds: [] },
      { code: 'proposal', label: '一件政协提案', requiredCount: 1, creditActivityTypes: [], creditKinds: ['proposal'] },
      { code: 'opinion', label: '一件社情民意', requiredCount: 1, creditActivityTypes: [], creditKinds: ['opinion_report'] },
      { code: 'good_deed', label: '一件好事实事', requiredCount: 1, creditActivityTypes: ['charity'], creditKinds: ['deed'] },
      { code: 'summary', label: '一篇履职小结', requiredCount: 1, creditActivityTypes: [], creditKinds: ['member_summary'] },
    ],
  },
  five: {
    name: '五个一',
    items: [
      { code: 'information', label: '提供一条信息', requiredCount: 1, creditActivityTypes: [], creditKinds: ['opinion_report'] },
      { code: 'suggestion', label: '提出一条建议（提案）', requiredCount: 1, creditActivityTypes: [], creditKinds: ['proposal'] },
      { code: 'inspection', label: '参加一次调查视察活动', requiredCount: 1, creditActivityTypes: ['research', 'inspection'], creditKinds: [] },
      { code: 'good_deed', label: '办成一件实事', requiredCount: 1, creditActivityTypes: ['charity'], creditKinds: ['deed'] },
      { code: 'project', label: '引进一个项目（一批资金）', requiredCount: 1, creditActivityTypes: [], creditKinds: [] },
    ],
  },
  four: {
    name: '四个一',
    items: [
      { code: 'report', label: '书写一份调查报告或提案', requiredCount: 1, creditActivityTypes: [], creditKinds: ['proposal'] },
      { code: 'suggestion', label: '提出一条有价值的建议', requiredCount: 1, creditActivityTypes: [], creditKinds: ['opinion_report'] },
      { code: 'investment', label: '提供一条招商信息', requiredCount: 1, creditActivityTypes: [], creditKinds: [] },
      { code: 'charity', label: '参加一次社会公益活动', requiredCount: 1, creditActivityTypes: ['charity'], creditKinds: [] },
    ],
  },
};
