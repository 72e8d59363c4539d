import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Divider, Drawer, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Scheme } from '../../../../shared/contract/schemes';
import type { ResultError } from '../../../../shared/result';
import { useConfirmDiscard } from '../../forms/useConfirmDiscard';
import { SchemeItemFields } from './SchemeItemFields';
import { blankItem, refusalLines, schemePatch, schemeToValues, type SchemeValues } from './schemeValues';
import { useDuty } from './useDuty';

const FORM_ID = 'scheme-form';

interface Props {
  open: boolean;
  schemes: Scheme[];
  /** The scheme to show first: the working year's. */
  startId: number;
  onClose(): void;
}

/** Edit a scheme's items, or make the group's own scheme from a copy of another. */
export function SchemeEditor({ open, schemes, startId, onClose }: Props) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const { createScheme, updateScheme } = useDuty();
  const [form] = Form.useForm<SchemeValues>();
  const [editingId, setEditingId] = useState(startId);
  const [refusal, setRefusal] = useState<ResultError | null>(null);
  const [saving, setSaving] = useState(false);
  const [newName, setNewName] = useState('');
  const [copyFrom, setCopyFrom] = useState(startId);
  const scheme = schemes.find((s) => s.id === editingId);
  const initial = scheme ? schemeToValues(scheme) : null;

  const changed = () =>
    initial !== null && Object.keys(schemePatch(initial, form.getFieldsValue(true) as SchemeValues)).length > 0;

  async function leaveFor(next: () => void) {
    if (await mayClose(changed())) {
      setRefusal(null);
      next();
    }
  }

  async function save(values: SchemeValues) {
    if (!scheme || !initial) return;
    const patch = schemePatch(initial, values);
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    const r = await updateScheme({ id: scheme.id, patch });
    setSaving(false);
    if (!r.ok) return setRefusal(r.error);
    setRefusal(null);
    message.success(`已保存履职方案“${r.value.name}”`);
    onClose();
  }

  async function create() {
    setSaving(true);
    const r = await createScheme({ name: newName, copyFrom });
    setSaving(false);
    if (!r.ok) return setRefusal(r.error);
    setRefusal(null);
    setNewName('');
    setEditingId(r.value.id);
    message.success(`已新建履职方案“${r.value.name}”，可修改它的事项`);
  }

  const schemeOptions = schemes.map((s) => ({ value: s.id, label: s.name }));
  return (
    <Drawer
      open={open}
      title="履职方案"
      size={780}
      onClose={() => void leaveFor(onClose)}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={() => void leaveFor(onClose)}>取消</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving} disabled={!scheme}>
            保存方案
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {refusal && (
          <Alert
            type="error"
            showIcon
            title={refusal.code === 'CONFLICT' ? '这次修改没有保存' : '请先改正以下内容'}
            description={refusalLines(refusal).map((line) => (
              <div key={line}>{line}</div>
            ))}
            closable={{ onClose: () => setRefusal(null) }}
          />
        )}
        <Flex gap={8} align="center" wrap>
          <Typography.Text>修改方案</Typography.Text>
          <Select
            aria-label="要修改的方案"
            value={editingId}
            options={schemeOptions}
            style={{ minWidth: 160 }}
            onChange={(id: number) => void leaveFor(() => setEditingId(id))}
          />
          {scheme?.preset && <Tag>预置方案</Tag>}
          {scheme && scheme.boundYears.length > 0 && (
            <Typography.Text type="secondary">用于 {scheme.boundYears.map((y) => `${y}年`).join('、')}</Typography.Text>
          )}
        </Flex>
        <Typography.Text type="secondary">或新建本组自己的方案：先复制一个已有方案，再修改它的事项。</Typography.Text>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label="新方案名称"
            placeholder="新方案名称，如 本组履职“六个一”"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
          />
          <Select
            aria-label="复制自"
            value={copyFrom}
            options={schemeOptions.map((o) => ({ ...o, label: `复制“${o.label}”` }))}
            style={{ width: 180 }}
            onChange={setCopyFrom}
          />
          <Button icon={<PlusOutlined />} onClick={() => void create()} loading={saving}>
            新建方案
          </Button>
        </Space.Compact>
        <Divider style={{ margin: 0 }} />
        {scheme && initial && (
          <Form<SchemeValues>
            key={scheme.id + scheme.updatedAt}
            id={FORM_ID}
            name="scheme"
            form={form}
            layout="vertical"
            initialValues={initial}
            onFinish={save}
          >
            <Form.Item
              name="name"
              label="方案名称"
              rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}
            >
              <Input maxLength={40} />
            </Form.Item>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <Flex vertical gap={12}>
                  {fields.map((f) => (
                    <SchemeItemFields key={f.key} name={f.name} onRemove={() => remove(f.name)} />
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...blankItem })}>
                    添加事项
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form>
        )}
      </Flex>
    </Drawer>
  );
}
