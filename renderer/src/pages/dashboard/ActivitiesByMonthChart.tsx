import { Card } from 'antd';
import { useMemo } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { ActivityType } from '../../../../shared/enums';
import { BarChart, type BarChartOption } from '../../charts/BarChart';

/** One colour per type, so no two of the eleven types share ECharts' nine-colour palette. */
const typeColor: Record<ActivityType, string> = {
  study: '#5470c6',
  inspection: '#91cc75',
  research: '#fac858',
  consultation: '#ee6666',
  supervision: '#73c0de',
  briefing: '#3ba272',
  fellowship: '#fc8452',
  charity: '#9a60b4',
  reception: '#ea7ccc',
  meeting: '#8c8c8c',
  other: '#d4b106',
};

const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** Held activities per month, stacked by type; only the types the year has get a series. */
function option(held: Activity[]): BarChartOption {
  const byType = new Map<ActivityType, number[]>();
  for (const a of held) {
    const counts = byType.get(a.type) ?? new Array<number>(12).fill(0);
    counts[Number(a.startsOn.slice(5, 7)) - 1] += 1;
    byType.set(a.type, counts);
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1, name: '次' },
    series: ActivityType.codes
      .filter((t) => byType.has(t))
      .map((t) => ({
        type: 'bar',
        name: ActivityType.label(t),
        stack: 'held',
        color: typeColor[t],
        data: byType.get(t)!,
        barMaxWidth: 36,
      })),
  };
}

export function ActivitiesByMonthChart({ held }: { held: Activity[] }) {
  const chart = useMemo(() => option(held), [held]);
  return (
    <Card size="small" title="各月已开展活动（按类型）">
      <BarChart option={chart} height={300} label={`各月已开展活动，共 ${held.length} 次`} />
    </Card>
  );
}
