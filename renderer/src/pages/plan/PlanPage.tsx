import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { useEffect } from 'react';
import type { PlanItem } from '../../../../shared/contract/plan';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { planWhen } from '../../../../shared/zhDates';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
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
  const { items, loading, loadError, load, remove, restore } = usePlan();
  const deleteItem = useDeleteRecord<PlanItem>({
    what: '计划事项',
    kind: 'plan',
    name: (p) => `${planWhen(p.month, p.period)} ${p.title}`,
    remove,
    restore,
  });
  const copyFromLastYear = usePlanCopy();
  const { slot, openForm, closeForm } = useFormSlot<PlanItem>();
  const record = useRecordAddress<PlanItem>({
    section: 'plans',
    read: (id) => call('plan.get', { id }),
    show: openForm,
    hide: closeForm,
  });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <ListPage
      title="年度计划"
      heading={
        <>
          <YearSwitch />
          <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
            <Tooltip title={items.length > 0 ? `${year}年已有计划事项，只能向没有计划的年度复制` : undefined}>
              <Button icon={<CopyOutlined />} disabled={items.length > 0} onClick={() => void copyFromLastYear(year)}>
                从上一年复制
              </Button>
            </Tooltip>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm()}>
              添加计划事项
            </Button>
          </Flex>
        </>
      }
      loadError={loadError}
      onRetry={() => void load(year)}
      empty={
        items.length === 0 &&
        !loading && <PlanEmpty year={year} onAdd={() => openForm()} onCopy={() => void copyFromLastYear(year)} />
      }
      list={
        <>
          <PlanQuarters items={items} />
          <PlanTable items={items} loading={loading} onEdit={record.open} onDelete={deleteItem} />
        </>
      }
    >
      <PlanForm
        key={slot.key}
        open={slot.open}
        year={year}
        month={startMonth(year)}
        item={slot.record}
        onClose={record.close}
      />
    </ListPage>
  );
}
