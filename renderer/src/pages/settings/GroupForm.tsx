import { App, Button, Flex, Form, Input, InputNumber, Radio, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { GroupSettings } from '../../../../shared/contract/group';
import { groupUpdate } from '../../../../shared/contract/group';
import { NameOrder } from '../../../../shared/enums';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { changedFields } from '../../forms/changedFields';
import { zodRules } from '../../forms/zodRule';
import { useGroup } from '../../shell/useGroup';
import { groupToValues, groupValuesToInput, type GroupFormValues } from './groupFormValues';
import { choices } from '../../forms/choices';

const rule = zodRules(groupUpdate, groupValuesToInput);

/**
 * The group's name, parent committee, term, the year the pages open on and the order of names. Enter saves; Esc puts
 * back what is saved. While something is unsaved the form says so, and closing the window asks.
 */
export function GroupForm({ group }: { group: GroupSettings }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupFormValues>();
  const [saving, setSaving] = useState(false);
  const initial = groupToValues(group);
  const watched = Form.useWatch([], form) as GroupFormValues | undefined;
  const patch = watched
    ? changedFields(groupValuesToInput(initial), groupValuesToInput({ ...initial, ...watched }))
    : {};
  const dirty = Object.keys(patch).length > 0;

  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  async function submit(values: GroupFormValues) {
    // What the form holds now, not the last render's patch: an Enter typed right after the last
    // digit reaches here before that digit's render, and the year would be saved as it was.
    const now = changedFields(groupValuesToInput(initial), groupValuesToInput({ ...initial, ...values }));
    if (Object.keys(now).length === 0) return;
    setSaving(true);
    const r = await call('group.update', now);
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form });
    // The header shows the group too; the page then renews this form from the saved row.
    useGroup.setState({ group: r.value });
    message.success('已保存联络组设置');
  }

  return (
    <Form<GroupFormValues>
      name="group"
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') form.setFieldsValue(initial);
      }}
      style={{ maxWidth: 560 }}
    >
      <Form.Item
        name="name"
        label="联络组名称"
        rules={[rule('name')]}
        required
        extra="显示在窗口顶部和归档材料的封面上"
      >
        <Input placeholder="如 东湖镇政协联络组" maxLength={60} />
      </Form.Item>
      <Form.Item name="parentCommittee" label="上级政协" rules={[rule('parentCommittee')]}>
        <Input placeholder="如 临江区政协" maxLength={60} />
      </Form.Item>
      <Form.Item name="term" label="届次" rules={[rule('term')]}>
        <Input placeholder="如 第三届" maxLength={40} />
      </Form.Item>
      <Form.Item
        name="partyCommittee"
        label="当地党委"
        rules={[rule('partyCommittee')]}
        extra="起草年度计划、半年小结和年度总结时写明；不填则按联络组名称写作“某某镇党委”或“某某街道党工委”"
      >
        <Input placeholder="如 东湖镇党委、东湖街道党工委" maxLength={60} />
      </Form.Item>
      <Form.Item
        name="government"
        label="当地政府"
        rules={[rule('government')]}
        extra="不填则写作“某某镇人民政府”或“某某街道办事处”"
      >
        <Input placeholder="如 东湖镇人民政府、东湖街道办事处" maxLength={60} />
      </Form.Item>
      <Form.Item
        name="currentYear"
        label="当前年度"
        rules={[rule('currentYear')]}
        extra="各页面默认打开的年度；在页面上切换年度不会改变这里"
      >
        <InputNumber<number> min={1949} max={2200} precision={0} suffix="年" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="nameOrder"
        label="姓名排序"
        rules={[rule('nameOrder')]}
        extra="委员名册、选择委员、“八个一”完成情况、年度档案册和台账都按这个顺序排列"
      >
        <Radio.Group options={choices(NameOrder)} />
      </Form.Item>
      <Flex gap={8} align="center">
        <Button type="primary" htmlType="submit" loading={saving} disabled={!dirty}>
          保存
        </Button>
        <Button disabled={!dirty} onClick={() => form.setFieldsValue(initial)}>
          放弃修改
        </Button>
        {dirty && <Tag color="orange">有未保存的修改</Tag>}
      </Flex>
    </Form>
  );
}
