import { App, Button, Flex, Form, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/result';
import { showFailure } from '../../api/showFailure';
import { changedFields } from '../../forms/changedFields';

interface Props<V extends object, I extends object, T> {
  name: string;
  initial: V;
  /** The values as the archive takes them; only the fields that differ from `initial`'s are saved. */
  toInput(values: V): I;
  save(patch: Partial<I>): Promise<Result<T>>;
  onSaved(saved: T): void;
  /** Said once saved, e.g. 已保存联络组设置. */
  savedText: string;
  /** While something is unsaved, closing the window asks first. */
  askBeforeClosing?: boolean;
  children: ReactNode;
}

/**
 * A card of settings saved as a whole: Enter saves what changed, Esc or 放弃修改 puts back what is
 * saved, and while something is unsaved the form says so.
 */
export function SettingsForm<V extends object, I extends object, T>(p: Props<V, I, T>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const { initial, toInput } = p;
  const patchOf = (values: Partial<V>) => changedFields(toInput(initial), toInput({ ...initial, ...values }));
  const watched = Form.useWatch([], form) as V | undefined;
  const dirty = watched ? Object.keys(patchOf(watched)).length > 0 : false;

  useEffect(() => {
    if (!dirty || !p.askBeforeClosing) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty, p.askBeforeClosing]);

  async function submit(values: V) {
    // What the form holds now, not the last render's: an Enter typed right after the last digit
    // reaches here before that digit's render, and the field would be saved as it was.
    const patch = patchOf(values);
    if (Object.keys(patch).length === 0) return;
    setSaving(true);
    const r = await p.save(patch);
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form });
    p.onSaved(r.value);
    message.success(p.savedText);
  }

  return (
    <Form<V>
      name={p.name}
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') form.setFieldsValue(initial);
      }}
      style={{ maxWidth: 560 }}
    >
      {p.children}
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
