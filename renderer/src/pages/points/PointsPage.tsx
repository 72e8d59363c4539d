import { Button, Empty, Flex, Spin, Switch, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { useGroup } from '../../shell/useGroup';
import { useRoute } from '../../shell/useRoute';
import { ReadBody } from '../../lists/ReadBody';
import { PointsOff } from './PointsOff';
import { PointsTable } from './PointsTable';
import { RulesEditor } from './RulesEditor';
import { usePoints } from './usePoints';
import { usePointsSwitch } from './usePointsSwitch';

function PointsOn() {
  const year = useYear();
  const go = useRoute((s) => s.go);
  const { points, rules, loading, loadError, load } = usePoints();
  const { turn, saving } = usePointsSwitch();

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const shown = points?.year === year && rules?.year === year ? { points, rules } : null;
  const ranking = (
    <ReadBody what="履职积分" error={loadError} loading={loading} onRetry={() => void load(year)} value={shown}>
      {(shown) =>
        shown.points.members.length === 0 ? (
          <Empty description={`${year}年没有在任的委员。先在“委员”中添加委员，这里就会列出每位委员的积分。`}>
            <Button type="primary" onClick={() => go('members')}>
              去添加委员
            </Button>
          </Empty>
        ) : (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              积分由出勤、提案、社情民意、先进事迹和履职小结的记录自动计算；点击一行可查看积分明细。
              {shown.points.rulesSaved ? '' : '本年度使用默认规则。'}
            </Typography.Text>
            <PointsTable points={shown.points} loading={loading} />
          </Flex>
        )
      }
    </ReadBody>
  );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          履职积分
        </Typography.Title>
        <YearSwitch />
        <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
          <Typography.Text type="secondary">启用履职积分</Typography.Text>
          <Switch checked loading={saving} aria-label="启用履职积分" onChange={(on) => void turn(on)} />
        </Flex>
      </Flex>
      <Tabs
        items={[
          { key: 'ranking', label: '积分排名', children: ranking },
          {
            key: 'rules',
            label: '积分规则',
            disabled: !shown,
            // Keyed by what is saved, so the form starts again from the archive after a save or a year switch.
            children: shown && <RulesEditor key={`${year}-${shown.rules.updatedAt}`} saved={shown.rules} />,
          },
        ]}
      />
    </Flex>
  );
}

/** 履职积分: off until the group turns it on; then the year's ranking with each member's ledger, and the rules. */
export function PointsPage() {
  const { group, load } = useGroup();
  useEffect(() => {
    if (!group) void load();
  }, [group, load]);

  if (!group) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  }
  if (group.pointsEnabled) return <PointsOn />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        履职积分
      </Typography.Title>
      <PointsOff />
    </Flex>
  );
}
