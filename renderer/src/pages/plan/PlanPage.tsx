import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { planWhen } from '../../../../shared/zhDates';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { PlanEmpty } from './PlanEmpty';
import { PlanForm } from './PlanForm';
import { PlanQuarters } from './PlanQuarters';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import { usePlanCopy } from './usePlanCopy';

/** A new item starts in this month when planning the current year, else in January. */
const startMonth = (year: number) => {
  const now = new Date();
  return now.getFullYear() === year ? now.getMonth() + 1 : 1;
};

/** 年度计划: the year's planned activities by month and 旬, and which have been held. */
export function PlanPage() {
  const year = useYear();
  const list = usePlan();
  const page = useRecordList(list, 'plans', { year, name: (p) => `${planWhen(p.month, p.period)} ${p.title}` });
  const copyFromLastYear = usePlanCopy();
  const hasItems = list.items.length > 0;

  return (
    <RecordListPage
      page={page}
      title="年度计划"
      heading={
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <Tooltip title={hasItems ? `${year}年已有计划事项，只能向没有计划的年度复制` : undefined}>
            <Button icon={<CopyOutlined />} disabled={hasItems} onClick={() => void copyFromLastYear(year)}>
              从上一年复制
            </Button>
          </Tooltip>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => page.openForm()}>
            添加计划事项
          </Button>
        </Flex>
      }
      empty={<PlanEmpty year={year} onAdd={() => page.openForm()} onCopy={() => void copyFromLastYear(year)} />}
      list={
        <>
          <PlanQuarters items={list.items} />
          <PlanTable rows={page.rows} />
        </>
      }
      form={(slot) => (
        <PlanForm open={slot.open} year={year} month={startMonth(year)} item={slot.record} onClose={slot.onClose} />
      )}
    />
  );
}
