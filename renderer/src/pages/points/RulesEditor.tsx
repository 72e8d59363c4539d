import { Alert, App, Button, Card, Flex, Form, Popconfirm, type FormInstance } from 'antd';
import { useState } from 'react';
import type { YearPointsRules } from '../../../../shared/contract/points';
import { defaultPointsRules, type PointsRules } from '../../../../shared/pointsRules';
import type { ResultError } from '../../../../shared/result';
import { GradeLevels } from './GradeLevels';
import { RulesTable } from './RulesTable';
import { usePoints } from './usePoints';

/** The archive's field paths (rules.attendance.study, rules.grades.levels.0.min) as form field names. */
const fieldErrors = (error: ResultError) =>
  // The paths come from the archive, so the form cannot know them at compile time.
  (error.fields ?? [])
    .filter((f) => f.path.startsWith('rules.'))
    .map((f) => ({
      name: f.path
        .slice('rules.'.length)
        .split('.')
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      errors: [f.message],
    })) as Parameters<FormInstance<PointsRules>['setFields']>[0];

/**
 * The year's rules as one form: points per rule, caps, grades. Saving stores them for this year
 * only; the year's ranking is scored again at once.
 */
export function RulesEditor({ saved }: { saved: YearPointsRules }) {
  const { message } = App.useApp();
  const saveRules = usePoints((s) => s.saveRules);
  const [form] = Form.useForm<PointsRules>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const r = await saveRules(saved.year, form.getFieldsValue(true) as PointsRules);
    setSaving(false);
    if (!r.ok) {
      form.setFields(fieldErrors(r.error));
      setRefusal(r.error.message);
      return;
    }
    setRefusal(null);
    message.success(`已保存${saved.year}年度的积分规则`);
  }

  return (
    <Card title={`${saved.year}年度积分规则`}>
      <Form<PointsRules> form={form} name="points-rules" initialValues={saved.rules} onFinish={save}>
        <Flex vertical gap={16}>
          {!saved.saved && (
            <Alert
              type="info"
              showIcon
              title="本年度还没有设置积分规则，正在使用默认规则。可按本组的考核办法修改后保存，只对本年度有效。"
            />
          )}
          <RulesTable />
          <Card size="small" title="等级">
            <GradeLevels />
          </Card>
          {refusal && <Alert type="error" showIcon title={refusal} />}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存规则
            </Button>
            <Popconfirm
              title="把表中的分数恢复为默认规则？"
              description="点“保存规则”后才会生效。"
              okText="恢复默认"
              cancelText="取消"
              onConfirm={() => form.setFieldsValue(defaultPointsRules)}
            >
              <Button>恢复默认规则</Button>
            </Popconfirm>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
