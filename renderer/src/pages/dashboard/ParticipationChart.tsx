import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { MemberParticipation } from '../../../../shared/contract/stats';
import { BarChart, type BarChartOption } from '../../charts/BarChart';

const ROW_HEIGHT = 22;

const percent = (rate: number) => Math.round(rate * 100);

/** Members invited to something, highest rate on top (a category axis runs bottom to top). */
function option(rated: MemberParticipation[]): BarChartOption {
  const rows = [...rated].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const [p] = Array.isArray(params) ? params : [params];
        const m = rows[p.dataIndex];
        return `${m.member.name}：出席 ${m.present} / 应到 ${m.invited}（请假 ${m.excused}，缺席 ${m.absent}）`;
      },
    },
    grid: { left: 8, right: 40, top: 8, bottom: 8 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((m) => m.member.name), axisLabel: { interval: 0 } },
    series: [
      {
        type: 'bar',
        name: '出席率',
        data: rows.map((m) => percent(m.rate!)),
        color: '#1677ff',
        barMaxWidth: 16,
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/** 委员参与率: present over invited for each member, over the year's held activities. */
export function ParticipationChart({ members }: { members: MemberParticipation[] }) {
  const rated = useMemo(
    () => members.filter((m) => m.rate !== null).sort((a, b) => b.rate! - a.rate! || b.present - a.present),
    [members],
  );
  const chart = useMemo(() => option(rated), [rated]);
  const unrated = members.length - rated.length;
  return (
    <Card size="small" title="委员出席率（出席 / 应到）">
      <BarChart option={chart} height={rated.length * ROW_HEIGHT + 40} label={`${rated.length} 位委员的出席率`} />
      {unrated > 0 && (
        <Typography.Text type="secondary">另有 {unrated} 位委员今年还没有被列入活动的签到表。</Typography.Text>
      )}
    </Card>
  );
}
