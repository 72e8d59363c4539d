import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PlanItem } from '../../../../shared/contract/plan';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { planWhen } from '../../format/chineseDates';
import { PlanEmpty } from './PlanEmpty';
import { PlanForm } from './PlanForm';
import { PlanQuarters } from './PlanQuarters';
import { PlanTable } from './PlanTable';
import { usePlan } from './usePlan';
import { usePlanCopy } from './usePlanCopy';

/** Which form is open: `key` renews the form each time so it starts from the item's values. */
interface Editing {
  key: number;
  open: boolean;
  item?: PlanItem;
}

/** A new item starts in this month when planning the current year, else in January. */
const startMonth = (year: number) => {
  const now = new Date();
  return now.getFullYear() === year ? now.getMonth() + 1 : 1;
};

/** 年度计划: the year's planned activities by month and 旬, and which have been held. */
export function PlanPage() {
  const year = useYear();
  const { items, loading, loadError, load, remove, restore } = usePlan();
  const deleteWithUndo = useDeleteWithUndo();
  const copyFromLastYear = usePlanCopy();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (item?: PlanItem) => setEditing((e) => ({ key: e.key + 1, open: true, item }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteItem = (p: PlanItem) =>
    void deleteWithUndo({
      what: '计划事项',
      name: `${planWhen(p.month, p.period)} ${p.title}`,
      key: `plan-deleted-${p.id}`,
      remove: () => remove(p.id),
      restore: () => restore(p.id),
    });

  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取年度计划失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (items.length === 0 && !loading) {
    body = <PlanEmpty year={year} onAdd={() => openForm()} onCopy={() => void copyFromLastYear(year)} />;
  } else {
    body = (
      <>
        <PlanQuarters items={items} />
        <PlanTable items={items} loading={loading} onEdit={openForm} onDelete={deleteItem} />
      </>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          年度计划
        </Typography.Title>
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
      </Flex>
      {body}
      <PlanForm
        key={editing.key}
        open={editing.open}
        year={year}
        month={startMonth(year)}
        item={editing.item}
        onClose={closeForm}
      />
    </Flex>
  );
}
