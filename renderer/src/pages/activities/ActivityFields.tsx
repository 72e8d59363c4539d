import {
  Checkbox,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  type FormInstance,
  type FormRule,
} from 'antd';
import {
  endsBeforeStart,
  endsBeforeStartMessage,
  endTimeBeforeStart,
  endTimeBeforeStartMessage,
} from '../../../../shared/contract/activities';
import type { PlanItem } from '../../../../shared/contract/plan';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { planWhen } from '../../../../shared/zhDates';
import { valuesToFields, type ActivityFormValues } from './activityFormValues';
import { choices } from '../../forms/choices';
import { fieldItem } from '../../forms/zodRule';

type Field = keyof ActivityFormValues & string;

interface Props {
  form: FormInstance<ActivityFormValues>;
  /** The contract's check of one field (see forms/zodRule). */
  rule(field: Field): FormRule;
  /** The plan items of the activity's year. */
  planItems: PlanItem[];
}

const typeOptions = choices(ActivityType);
const statusOptions = choices(ActivityStatus);

/** A report that was produced has a title: the archive only keeps the title. */
const reportTitleRule: FormRule = ({ getFieldValue }) => ({
  async validator(_, title?: string) {
    if (getFieldValue('reportProduced') && !title?.trim()) throw new Error('请填写调研报告名称');
  },
});

/**
 * The contract checks the date/time range only once every field is valid; these say it at the
 * end date or time as soon as it is typed, with the contract's own test and words.
 */
const rangeRule =
  (field: 'endsOn' | 'endTime'): FormRule =>
  ({ getFieldsValue }) => ({
    async validator() {
      const range = valuesToFields(getFieldsValue(true) as ActivityFormValues);
      if (field === 'endsOn' && endsBeforeStart(range)) throw new Error(endsBeforeStartMessage);
      if (field === 'endTime' && endTimeBeforeStart(range)) throw new Error(endTimeBeforeStartMessage);
    },
  });

/** The activity form's fields: what it was, the 四落实, and what came of it. */
export function ActivityFields({ form, rule, planItems }: Props) {
  const reportProduced = Form.useWatch('reportProduced', form);
  // Formatted fields are checked when the clerk leaves them, not at every keystroke.
  const item = fieldItem(rule);

  /** Choosing the plan item it fulfils fills in the type and title when still empty. */
  function pickPlanItem(id?: number) {
    const p = planItems.find((x) => x.id === id);
    if (!p) return;
    if (!form.getFieldValue('type') && p.activityType) form.setFieldValue('type', p.activityType);
    if (!form.getFieldValue('title')?.trim()) form.setFieldValue('title', p.title);
  }

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item {...item('type', '活动类型')} required>
          <Select options={typeOptions} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('title', '活动名称')} required>
          <Input autoFocus maxLength={120} placeholder="如 视察农村人居环境整治" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('status', '状态')}>
          <Radio.Group options={statusOptions} optionType="button" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item {...item('collective', '联络组集体活动')} valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('planItemId', '落实年度计划中的')}>
          <Select
            allowClear
            placeholder={planItems.length ? '选择计划事项（可不选）' : '本年度还没有计划事项'}
            options={planItems.map((p) => ({
              value: p.id,
              label: `${planWhen(p.month, p.period)} ${p.title}${p.done ? '（已落实）' : ''}`,
            }))}
            onChange={pickPlanItem}
          />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          四落实：时间、地点、内容、责任人
        </Divider>
      </Col>
      <Col span={6}>
        <Form.Item {...item('startsOn', '日期', true)} required>
          <Input placeholder="如 2026-05-14" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item {...item('startTime', '开始时间', true)}>
          <Input placeholder="如 09:00" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          {...item('endsOn', '结束日期', true)}
          rules={[rule('endsOn'), rangeRule('endsOn')]}
          validateFirst
          dependencies={['startsOn']}
        >
          <Input placeholder="当天结束可不填" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          {...item('endTime', '结束时间', true)}
          rules={[rule('endTime'), rangeRule('endTime')]}
          validateFirst
          dependencies={['startsOn', 'startTime', 'endsOn']}
        >
          <Input placeholder="如 11:30" />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('place', '地点')}>
          <Input placeholder="如 镇政府三楼会议室" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item('responsible', '责任人')}>
          <Input placeholder="如 张组长" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('content', '内容')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder="活动议程、主要内容" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('organiser', '组织单位')}>
          <Input placeholder="如 XX镇政协联络组" />
        </Form.Item>
      </Col>

      <Col span={24}>
        <Divider titlePlacement="start" plain>
          成果
        </Divider>
      </Col>
      <Col span={8}>
        <Form.Item {...item('suggestionsCount', '意见建议（条）')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item {...item('reportProduced', '调研报告')} valuePropName="checked">
          <Checkbox>形成了调研报告</Checkbox>
        </Form.Item>
      </Col>
      {reportProduced && (
        <Col span={24}>
          <Form.Item
            {...item('reportTitle', '调研报告名称')}
            rules={[rule('reportTitle'), reportTitleRule]}
            validateFirst
            required
          >
            <Input />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <Form.Item {...item('suggestionsText', '意见建议内容')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('followUp', '后续跟进')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item('notes', '备注')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
