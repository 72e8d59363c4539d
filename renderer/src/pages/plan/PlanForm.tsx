import { Flex, Form, Input, Modal, Radio, Select } from 'antd';
import type { PlanItem } from '../../../../shared/contract/plan';
import { planItemFields } from '../../../../shared/contract/plan';
import { ActivityType, MonthPeriod } from '../../../../shared/enums';
import { FormFooter } from '../../forms/FormFooter';
import { useEntityForm } from '../../forms/useEntityForm';
import { zodRules } from '../../forms/zodRule';
import { planWhen } from '../../../../shared/zhDates';
import { newPlanValues, planItemToValues, planValuesToInput, WHOLE_MONTH, type PlanFormValues } from './planFormValues';
import { usePlan } from './usePlan';
import { choices } from '../../forms/choices';

const FORM_ID = 'plan-item-form';

const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
const periodOptions = [...choices(MonthPeriod), { value: WHOLE_MONTH, label: '不分旬' }];
const typeOptions = choices(ActivityType);

interface Props {
  open: boolean;
  year: number;
  /** The item to edit; none to add a new one. */
  item?: PlanItem;
  /** The month a new item starts in. */
  month: number;
  onClose(): void;
}

/** Add or edit one plan item. Enter saves, Esc or 取消 closes, asking first when something was changed. */
export function PlanForm({ open, year, item, month, onClose }: Props) {
  const [form] = Form.useForm<PlanFormValues>();
  const save = usePlan((s) => s.save);
  const initial = item ? planItemToValues(item) : newPlanValues(month);
  const toInput = (v: PlanFormValues) => planValuesToInput(year, v);
  const rule = zodRules(planItemFields, toInput);
  const { saving, requestClose, submit } = useEntityForm({
    open,
    form,
    record: item,
    initial,
    toInput,
    save,
    savedMessage: (p) => `已保存计划事项：${planWhen(p.month, p.period)} ${p.title}`,
    onClose,
  });

  return (
    <Modal
      open={open}
      title={item ? '编辑计划事项' : `添加${year}年计划事项`}
      onCancel={requestClose}
      width={560}
      footer={<FormFooter formId={FORM_ID} saving={saving} onCancel={requestClose} />}
    >
      <Form<PlanFormValues>
        id={FORM_ID}
        name="planItem"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
      >
        <Flex gap={16}>
          <Form.Item name="month" label="月份" rules={[rule('month')]} style={{ width: 120 }}>
            <Select options={monthOptions} />
          </Form.Item>
          <Form.Item name="period" label="旬" rules={[rule('period')]}>
            <Radio.Group options={periodOptions} optionType="button" />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label="计划事项" rules={[rule('title')]} required>
          <Input autoFocus maxLength={120} placeholder="如 组织委员参加企业家季谈会" />
        </Form.Item>
        <Form.Item name="activityType" label="活动类型" rules={[rule('activityType')]}>
          <Select allowClear options={typeOptions} placeholder="选择后，落实时可直接带出" />
        </Form.Item>
        <Form.Item name="description" label="说明" rules={[rule('description')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
