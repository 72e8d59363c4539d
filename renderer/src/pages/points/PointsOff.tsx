import { Button, Card, Flex, Typography } from 'antd';
import { usePointsSwitch } from './usePointsSwitch';

/** What duty points are, shown while the group has not turned them on. */
export function PointsOff() {
  const { turn, saving } = usePointsSwitch();
  return (
    <Card style={{ maxWidth: 720 }}>
      <Flex vertical gap={12} align="start">
        <Typography.Title level={4} style={{ margin: 0 }}>
          履职积分尚未启用
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>
          有的联络组按积分考核委员履职：出席活动、领衔或联名提案、报送和被采用的社情民意、先进事迹、履职小结各计一定分数，
          无故缺席活动扣分，每类可设封顶分；年终按总分评定 优秀、良好、称职、不称职 等次。
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          积分由档案中已有的记录自动计算，不需要另外登记。启用后可按本组的办法修改每年的积分规则；不需要时可随时关闭，已设置的规则会保留。
        </Typography.Paragraph>
        <Button type="primary" loading={saving} onClick={() => void turn(true)}>
          启用履职积分
        </Button>
      </Flex>
    </Card>
  );
}
