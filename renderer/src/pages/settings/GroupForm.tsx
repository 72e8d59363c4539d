import { Form, Input, InputNumber, Radio } from 'antd';
import type { ReactNode } from 'react';
import type { GroupSettings } from '../../../../shared/contract/group';
import { groupUpdate } from '../../../../shared/contract/group';
import { NameOrder } from '../../../../shared/enums';
import { call } from '../../api/client';
import { choices } from '../../forms/choices';
import { zodRules } from '../../forms/zodRule';
import { useGroup } from '../../shell/useGroup';
import { groupToValues, groupValuesToInput, type GroupFormValues } from './groupFormValues';
import { SettingsForm } from './SettingsForm';

const rule = zodRules(groupUpdate, groupValuesToInput);

const text = (placeholder: string, maxLength: number) => <Input placeholder={placeholder} maxLength={maxLength} />;

/** The form's fields, in order: the group's names, then how the pages open and sort. */
const fields: { name: keyof GroupFormValues; label: string; control: ReactNode; extra?: string }[] = [
  {
    name: 'name',
    label: '联络组名称',
    control: text('如 东湖镇政协联络组', 60),
    extra: '显示在窗口顶部和归档材料的封面上',
  },
  { name: 'parentCommittee', label: '上级政协', control: text('如 临江区政协', 60) },
  { name: 'term', label: '届次', control: text('如 第三届', 40) },
  {
    name: 'partyCommittee',
    label: '当地党委',
    control: text('如 东湖镇党委、东湖街道党工委', 60),
    extra: '起草年度计划、半年小结和年度总结时写明；不填则按联络组名称写作“某某镇党委”或“某某街道党工委”',
  },
  {
    name: 'government',
    label: '当地政府',
    control: text('如 东湖镇人民政府、东湖街道办事处', 60),
    extra: '不填则写作“某某镇人民政府”或“某某街道办事处”',
  },
  {
    name: 'currentYear',
    label: '当前年度',
    control: <InputNumber<number> min={1949} max={2200} precision={0} suffix="年" style={{ width: 160 }} />,
    extra: '各页面默认打开的年度；在页面上切换年度不会改变这里',
  },
  {
    name: 'nameOrder',
    label: '姓名排序',
    control: <Radio.Group options={choices(NameOrder)} />,
    extra: '委员名册、选择委员、“八个一”完成情况、年度档案册和台账都按这个顺序排列',
  },
];

/**
 * The group's name, parent committee, term, the year the pages open on and the order of names.
 * While something is unsaved, closing the window asks.
 */
export function GroupForm({ group }: { group: GroupSettings }) {
  return (
    <SettingsForm
      name="group"
      initial={groupToValues(group)}
      toInput={groupValuesToInput}
      save={(patch) => call('group.update', patch)}
      // The header shows the group too; the page then renews this form from the saved row.
      onSaved={(saved) => useGroup.setState({ group: saved })}
      savedText="已保存联络组设置"
      askBeforeClosing
    >
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          rules={[rule(f.name)]}
          required={f.name === 'name'}
          extra={f.extra}
        >
          {f.control}
        </Form.Item>
      ))}
    </SettingsForm>
  );
}
