import { Checkbox, Form, InputNumber, Radio, Row, Select, Switch, type FormInstance, type FormRule } from 'antd';
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
import { formCells } from '../../forms/formCells';

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
const rangeEnds = {
  endsOn: { early: endsBeforeStart, message: endsBeforeStartMessage, after: ['startsOn'] },
  endTime: {
    early: endTimeBeforeStart,
    message: endTimeBeforeStartMessage,
    after: ['startsOn', 'startTime', 'endsOn'],
  },
};
type RangeEnd = keyof typeof rangeEnds;

const rangeRule =
  (field: RangeEnd): FormRule =>
  ({ getFieldsValue }) => ({
    async validator() {
      const { early, message } = rangeEnds[field];
      if (early(valuesToFields(getFieldsValue(true) as ActivityFormValues))) throw new Error(message);
    },
  });

/** The activity form's fields: what it was, the 四落实, and what came of it. */
export function ActivityFields({ form, rule, planItems }: Props) {
  const reportProduced = Form.useWatch('reportProduced', form);
  const cell = formCells(rule);
  const endCell = (field: RangeEnd, label: string, placeholder: string) =>
    cell.date(field, {
      label,
      span: 6,
      placeholder,
      rules: [rule(field), rangeRule(field)],
      validateFirst: true,
      dependencies: rangeEnds[field].after,
    });

  /** Choosing the plan item it fulfils fills in the type and title when still empty. */
  function pickPlanItem(id?: number) {
    const p = planItems.find((x) => x.id === id);
    if (!p) return;
    if (!form.getFieldValue('type') && p.activityType) form.setFieldValue('type', p.activityType);
    if (!form.getFieldValue('title')?.trim()) form.setFieldValue('title', p.title);
  }

  return (
    <Row gutter={16}>
      {cell.field(
        'type',
        { label: '活动类型', span: 8, required: true },
        <Select options={typeOptions} placeholder="请选择" />,
      )}
      {cell.text('title', {
        label: '活动名称',
        span: 16,
        required: true,
        input: { autoFocus: true, maxLength: 120, placeholder: '如 视察农村人居环境整治' },
      })}
      {cell.field('status', { label: '状态', span: 12 }, <Radio.Group options={statusOptions} optionType="button" />)}
      {cell.field(
        'collective',
        { label: '联络组集体活动', span: 12, valuePropName: 'checked' },
        <Switch checkedChildren="是" unCheckedChildren="否" />,
      )}
      {cell.field(
        'planItemId',
        { label: '落实年度计划中的' },
        <Select
          allowClear
          placeholder={planItems.length ? '选择计划事项（可不选）' : '本年度还没有计划事项'}
          options={planItems.map((p) => ({
            value: p.id,
            label: `${planWhen(p.month, p.period)} ${p.title}${p.done ? '（已落实）' : ''}`,
          }))}
          onChange={pickPlanItem}
        />,
      )}

      {cell.section('四落实：时间、地点、内容、责任人')}
      {cell.date('startsOn', { label: '日期', span: 6, required: true, placeholder: '如 2026-05-14' })}
      {cell.date('startTime', { label: '开始时间', span: 6, placeholder: '如 09:00' })}
      {endCell('endsOn', '结束日期', '当天结束可不填')}
      {endCell('endTime', '结束时间', '如 11:30')}
      {cell.text('place', { label: '地点', span: 16, placeholder: '如 镇政府三楼会议室' })}
      {cell.text('responsible', { label: '责任人', span: 8, placeholder: '如 张组长' })}
      {cell.area('content', { label: '内容', rows: [3, 10], placeholder: '活动议程、主要内容' })}
      {cell.text('organiser', { label: '组织单位', placeholder: '如 XX镇政协联络组' })}

      {cell.section('成果')}
      {cell.field(
        'suggestionsCount',
        { label: '意见建议（条）', span: 8 },
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />,
      )}
      {cell.field(
        'reportProduced',
        { label: '调研报告', span: 16, valuePropName: 'checked' },
        <Checkbox>形成了调研报告</Checkbox>,
      )}
      {reportProduced &&
        cell.text('reportTitle', {
          label: '调研报告名称',
          rules: [rule('reportTitle'), reportTitleRule],
          validateFirst: true,
          required: true,
        })}
      {cell.area('suggestionsText', { label: '意见建议内容', rows: [2, 8] })}
      {cell.area('followUp', { label: '后续跟进', rows: [1, 6] })}
      {cell.area('notes', { label: '备注', rows: [1, 6] })}
    </Row>
  );
}
