import { Card, Col, Flex, Row, Statistic, Tag } from 'antd';
import { ActivityType } from '../../../../shared/enums';
import type { Overview } from './useDashboard';

/** The year in five numbers, with the held activities split by type. */
export function YearCounts({ overview }: { overview: Overview }) {
  const { stats, deeds } = overview;
  const types = stats.activities.byType.filter((t) => t.count > 0);
  const counts = [
    { title: '在任委员', value: stats.participation.members.length, suffix: '位' },
    { title: '已开展活动', value: stats.activities.held, suffix: '次' },
    { title: '提案', value: stats.proposals.total, suffix: '件' },
    { title: '社情民意', value: stats.opinionReports.total, suffix: '条' },
    { title: '先进事迹', value: deeds, suffix: '件' },
  ];
  return (
    <Card size="small">
      <Row gutter={[16, 12]}>
        {counts.map((c) => (
          <Col key={c.title} flex="1 1 120px">
            <Statistic title={c.title} value={c.value} suffix={c.suffix} />
          </Col>
        ))}
      </Row>
      {types.length > 0 && (
        <Flex wrap gap={4} style={{ marginTop: 12 }} aria-label="活动按类型">
          {types.map((t) => (
            <Tag key={t.type}>
              {ActivityType.label(t.type)} {t.count}
            </Tag>
          ))}
        </Flex>
      )}
    </Card>
  );
}
