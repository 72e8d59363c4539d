import { Drawer, Form, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import type { EntityForm } from './useEntityForm';
import { FormFooter } from './FormFooter';

interface Props<V> {
  /** The form's name, e.g. `proposal`; its fields' ids start with it. */
  name: string;
  open: boolean;
  title: string;
  size: number;
  entity: EntityForm;
  form: FormInstance<V>;
  initialValues: V;
  onValuesChange?: FormProps<V>['onValuesChange'];
  /** Told under the form, when more keys work than Enter and Esc. */
  hint?: string;
  /** The fields. */
  children: ReactNode;
  /** Below the form, outside it: e.g. files saved on their own. */
  after?: ReactNode;
  /** In the drawer's title bar, on the right: actions on the saved record (e.g. 打印). */
  extra?: ReactNode;
}

/**
 * Add or edit one record in a drawer. Enter saves (the save button is the form's submit button),
 * Esc or 取消 closes, asking first when something was changed.
 */
export function EntityDrawer<V>(p: Props<V>) {
  const formId = `${p.name}-form`;
  return (
    <Drawer
      open={p.open}
      title={p.title}
      size={p.size}
      onClose={p.entity.requestClose}
      extra={p.extra}
      // The first field takes the focus (autoFocus), not the drawer's panel.
      autoFocus={false}
      footer={<FormFooter formId={formId} saving={p.entity.saving} onCancel={p.entity.requestClose} hint={p.hint} />}
    >
      <Form<V>
        id={formId}
        name={p.name}
        form={p.form}
        layout="vertical"
        initialValues={p.initialValues as FormProps<V>['initialValues']}
        onValuesChange={p.onValuesChange}
        onFinish={p.entity.submit}
        scrollToFirstError
      >
        {p.children}
      </Form>
      {p.after}
    </Drawer>
  );
}
