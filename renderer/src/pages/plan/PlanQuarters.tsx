import { Card, Flex, Progress, Typography } from 'antd';
import type { PlanItem } from '../../../../shared/contract/plan';
import { quarterLabel, quarterOfMonth, quarters } from '../../../../shared/zhDates';

/** Plan versus done for each quarter ("每季度搞一次活动" is what the clerk checks here). */
export function PlanQuarters({ items }: { items: PlanItem[] }) {
  return (
    <Flex gap={12} wrap>
      {quarters.map((q) => {
        const planned = items.filter((p) => quarterOfMonth(p.month) === q);
        const done = planned.filter((p) => p.done).length;
        return (
          <Card key={q} size="small" style={{ flex: '1 1 180px' }} aria-label={quarterLabel(q)}>
            <Flex justify="space-between" align="center" gap={12}>
              <Flex vertical>
                <Typography.Text type="secondary">{quarterLabel(q)}</Typography.Text>
                <Typography.Text>
                  计划 <Typography.Text strong>{planned.length}</Typography.Text> 项，已落实{' '}
                  <Typography.Text strong>{done}</Typography.Text> 项
                </Typography.Text>
              </Flex>
              <Progress
                type="circle"
                size={44}
                percent={planned.length ? Math.round((done / planned.length) * 100) : 0}
                status={planned.length > 0 && done === planned.length ? 'success' : 'normal'}
              />
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
