import { Flex, Form, Input, Select } from 'antd';
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
import { zodRules } from '../../forms/zodRule';
import { SettingsForm } from './SettingsForm';

/** The form holds the settings' own fields; fondsName is '' while it follows the group's name. */
const toValues = (s: FilingSettingsView): FilingSettings => ({
  fondsCode: s.fondsCode,
  // While it follows the group's name the box stays empty and shows that name as its hint.
  fondsName: s.fondsNameIsDefault ? '' : s.fondsName,
  orgCode: s.orgCode,
  categoryCode: s.categoryCode,
  retentionByKind: { ...s.retentionByKind },
  filer: s.filer,
  checker: s.checker,
});

/** The form's values are what the archive takes. */
const asInput = (v: FilingSettings) => v;
const rule = zodRules(filingSettingsUpdate, asInput);
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
  return (
    <SettingsForm
      name="filing"
      initial={toValues(settings)}
      toInput={asInput}
      save={(patch) => call('filing.updateSettings', patch)}
      onSaved={onSaved}
      savedText="已保存归档设置"
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
    </SettingsForm>
  );
}
