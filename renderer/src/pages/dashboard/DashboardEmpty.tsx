import { Button, Empty, Space } from 'antd';
import { useRoute } from '../../shell/useRoute';

/** A year with nothing recorded yet: say what to do first, with the way there. */
export function DashboardEmpty({ year, hasMembers }: { year: number; hasMembers: boolean }) {
  const go = useRoute((s) => s.go);
  if (!hasMembers) {
    return (
      <Empty description="档案里还没有委员。先在“委员”中添加委员（也可以从名册表格导入），之后登记的活动、提案和履职情况都会汇总到这里。">
        <Button type="primary" onClick={() => go('members')}>
          去添加委员
        </Button>
      </Empty>
    );
  }
  return (
    <Empty
      description={`${year}年还没有活动、提案、社情民意或先进事迹。先制定${year}年的工作计划，开展活动后在“活动”中登记时间、地点、内容和出勤，这里就会显示达标情况和“八个一”完成情况。`}
    >
      <Space>
        <Button type="primary" onClick={() => go('plans')}>
          制定年度计划
        </Button>
        <Button onClick={() => go('activities')}>登记活动</Button>
      </Space>
    </Empty>
  );
}
