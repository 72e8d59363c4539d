import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { YearEndChecklist } from '../../../../shared/contract/yearEnd';
import { sectionLabel, type SectionKey } from '../../shell/sections';
import { useRoute } from '../../shell/useRoute';

/** "活动有记载、档案都齐全": what the year's volume has (✓) and still lacks (!), each with the page to fix it on. */
export function YearEndChecklistCard({ checklist }: { checklist: YearEndChecklist | null }) {
  const go = useRoute((s) => s.go);
  return (
    <Card
      size="small"
      title="归档前检查"
      extra={
        checklist &&
        (checklist.open > 0 ? (
          <Tag color="warning">还有 {checklist.open} 项待完善</Tag>
        ) : (
          <Tag color="success">各项齐全</Tag>
        ))
      }
    >
      {!checklist ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12} role="list" aria-label="归档前检查">
          {checklist.items.map((item) => {
            // The contract names its links; each must be one of the app's sections.
            const link: SectionKey = item.link;
            return (
              <Flex key={item.key} gap={8} align="baseline" role="listitem" aria-label={item.label}>
                {item.ok ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="已齐全" />
                ) : (
                  <ExclamationCircleFilled style={{ color: '#faad14' }} aria-label="待完善" />
                )}
                <Flex vertical style={{ flex: 1 }}>
                  <Typography.Text strong>{item.label}</Typography.Text>
                  <Typography.Text type={item.ok ? 'secondary' : 'warning'}>{item.detail}</Typography.Text>
                </Flex>
                {!item.ok && (
                  <Button size="small" type="link" onClick={() => go(link)}>
                    去{sectionLabel(link)}
                  </Button>
                )}
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
