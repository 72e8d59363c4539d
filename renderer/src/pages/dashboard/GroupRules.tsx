import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ActivityStats } from '../../../../shared/contract/stats';
import { quarterLabel } from '../../../../shared/zhDates';

interface Rule {
  name: string;
  met: boolean;
  /** What is done so far, and what is still missing when the rule is not met. */
  detail: ReactNode;
}

/** The rules the group's plan states, each checked against the held activities. */
function rules(a: ActivityStats): Rule[] {
  const planned = a.byQuarter.filter((q) => a.quartersWithout.includes(q.quarter) && q.planned > 0);
  return [
    {
      name: '每季度至少开展一次活动',
      met: a.quartersWithout.length === 0,
      detail:
        a.quartersWithout.length === 0
          ? `四个季度都已开展活动（${a.byQuarter.map((q) => `${q.held}次`).join('、')}）`
          : [
              `${a.quartersWithout.map(quarterLabel).join('、')}还没有开展活动`,
              ...planned.map((q) => `${quarterLabel(q.quarter)}已计划 ${q.planned} 次`),
            ].join('；'),
    },
    {
      name: `年内集体活动不少于${a.collectiveRequired}次`,
      met: a.collectiveMet,
      detail: a.collectiveMet
        ? `已开展集体活动 ${a.collective} 次`
        : `已开展集体活动 ${a.collective} 次，还差 ${a.collectiveRequired - a.collective} 次`,
    },
  ];
}

export function GroupRules({ activities }: { activities: ActivityStats }) {
  return (
    <Card size="small" title="联络组活动要求" style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        {rules(activities).map((r) => (
          <Flex key={r.name} gap={8} align="baseline" aria-label={r.name}>
            <Tag color={r.met ? 'success' : 'error'}>{r.met ? '已达标' : '未达标'}</Tag>
            <Flex vertical>
              <Typography.Text strong>{r.name}</Typography.Text>
              <Typography.Text type={r.met ? 'secondary' : 'danger'}>{r.detail}</Typography.Text>
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
