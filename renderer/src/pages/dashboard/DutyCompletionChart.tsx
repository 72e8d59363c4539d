import { Card } from 'antd';
import { useMemo } from 'react';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import { BarChart, type BarChartOption } from '../../charts/BarChart';

/** Per item of the year's scheme: members done, stacked on members not yet done, out of all. */
function option(matrix: DutyMatrix): BarChartOption {
  const total = matrix.rows.length;
  const labels = matrix.totals.map((t) => t.label);
  const done = matrix.totals.map((t) => t.membersDone);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, width: 52, overflow: 'break', lineHeight: 14 } },
    yAxis: { type: 'value', minInterval: 1, max: total || undefined, name: '人' },
    series: [
      {
        type: 'bar',
        name: '已完成',
        stack: 'members',
        data: done,
        color: '#52c41a',
        barMaxWidth: 36,
        label: { show: true, position: 'inside', formatter: ({ value }) => `${String(value)}/${total}` },
      },
      {
        type: 'bar',
        name: '未完成',
        stack: 'members',
        data: done.map((d) => total - d),
        color: '#f0f0f0',
        barMaxWidth: 36,
      },
    ],
  };
}

export function DutyCompletionChart({ matrix }: { matrix: DutyMatrix }) {
  const chart = useMemo(() => option(matrix), [matrix]);
  return (
    <Card size="small" title={`“${matrix.scheme.name}”各事项完成人数（共 ${matrix.rows.length} 位委员）`}>
      <BarChart option={chart} height={320} label={`${matrix.scheme.name}各事项完成人数`} />
    </Card>
  );
}
