import { App, Button, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import type { FilingSettingsView } from '../../../../shared/contract/filing';
import { filingSettingsUpdate } from '../../../../shared/contract/filing';
import {
  filingKindLabels,
  filingKinds,
  retentionLabels,
  retentions,
  type FilingSettings,
} from '../../../../shared/filing';
import { call } from '../../api/client';
import { showFailure } from '../../api/showFailure';
import { changedFields } from '../../forms/changedFields';
import { zodRules } from '../../forms/zodRule';

/** The settings' own fields; fondsName is '' while it follows the group's name. */
export type FilingFormValues = FilingSettings;

const toValues = (s: FilingSettingsView): FilingFormValues => ({
  fondsCode: s.fondsCode,
  // While it follows the group's name the box stays empty and shows that name as its hint.
  fondsName: s.fondsNameIsDefault ? '' : s.fondsName,
  orgCode: s.orgCode,
  categoryCode: s.categoryCode,
  retentionByKind: { ...s.retentionByKind },
  filer: s.filer,
  checker: s.checker,
});

const rule = zodRules(filingSettingsUpdate, (v: FilingFormValues) => v);
const retentionOptions = retentions.map((r) => ({ value: r, label: retentionLabels[r] }));

/**
 * 归档设置: what the 档号, 归档章 and 备考表 carry. Every field has a default, so the year can be
 * filed before anything is typed here; the archive room gives the 全宗号.
 */
export function FilingForm({
  settings,
  onSaved,
}: {
  settings: FilingSettingsView;
  onSaved: (s: FilingSettingsView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const [saving, setSaving] = useState(false);
  const initial = toValues(settings);
  const watched = Form.useWatch([], form) as FilingFormValues | undefined;
  const dirty = watched ? Object.keys(changedFields(initial, { ...initial, ...watched })).length > 0 : false;

  async function submit(values: FilingFormValues) {
    const patch = changedFields(initial, { ...initial, ...values });
    if (Object.keys(patch).length === 0) return;
    setSaving(true);
    const r = await call('filing.updateSettings', patch);
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form });
    onSaved(r.value);
    message.success('已保存归档设置');
  }

  return (
    <Form<FilingFormValues>
      name="filing"
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') form.setFieldsValue(initial);
      }}
      style={{ maxWidth: 560 }}
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="fondsCode"
          label="全宗号"
          rules={[rule('fondsCode')]}
          extra="由档案室给定；未填时档号不含全宗号"
        >
          <Input placeholder="如 Z109" maxLength={16} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="categoryCode" label="门类代码" rules={[rule('categoryCode')]} extra="文书档案为 WS">
          <Input maxLength={8} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="orgCode" label="机构（问题）代码" rules={[rule('orgCode')]} extra="可留空">
          <Input placeholder="如 LLZ" maxLength={16} style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="fondsName" label="全宗名称" rules={[rule('fondsName')]} extra="留空即使用联络组名称">
        <Input
          placeholder={settings.fondsNameIsDefault ? settings.fondsName : '留空即使用联络组名称'}
          maxLength={100}
        />
      </Form.Item>
      <Form.Item label="默认保管期限" extra="每一件也可在“年度归档”页单独调整">
        <Flex gap={12} wrap>
          {filingKinds.map((k) => (
            <Form.Item key={k} name={['retentionByKind', k]} label={filingKindLabels[k]} style={{ marginBottom: 0 }}>
              <Select options={retentionOptions} style={{ width: 130 }} aria-label={`${filingKindLabels[k]}保管期限`} />
            </Form.Item>
          ))}
        </Flex>
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="filer" label="立卷人" rules={[rule('filer')]}>
          <Input maxLength={30} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="checker" label="检查人" rules={[rule('checker')]}>
          <Input maxLength={30} style={{ width: 200 }} />
        </Form.Item>
      </Flex>
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
