import { Col, Divider, Form, Input, type FormItemProps, type FormRule, type InputProps } from 'antd';
import type { ReactNode } from 'react';
import { fieldItem } from './zodRule';

interface CellOptions extends Omit<FormItemProps, 'name' | 'label' | 'children'> {
  /** The field's label; a form whose labels follow from the field (委员) leaves it out. */
  label?: string;
  /** Columns of the form's 24 the field takes; the whole row unless given. */
  span?: number;
  /** Check the field when the clerk leaves it, as dates and times are, not at every keystroke. */
  onBlur?: boolean;
}

interface TextOptions extends CellOptions {
  placeholder?: string;
  /** Further props of the text box (autoFocus, maxLength…). */
  input?: InputProps;
}

interface AreaOptions extends CellOptions {
  /** Rows the box grows between. */
  rows: [min: number, max: number];
  placeholder?: string;
}

/**
 * The cells of a form laid out on a `<Row gutter={16}>`: each field in its `Col`, checked by the
 * contract's `rule` (see zodRule), with a text box, a date box, a text area or any control.
 */
export function formCells<K extends string>(rule: (field: K) => FormRule, labelOf?: (field: K) => string) {
  const item = fieldItem(rule);

  function field(name: K, { label, span = 24, onBlur = false, ...props }: CellOptions, control: ReactNode) {
    const checked = item(name, label ?? labelOf?.(name) ?? name, onBlur);
    return (
      <Col span={span}>
        <Form.Item {...checked} name={checked.name as string} {...props}>
          {control}
        </Form.Item>
      </Col>
    );
  }

  function text(name: K, { placeholder, input, ...options }: TextOptions = {}) {
    return field(name, options, <Input placeholder={placeholder} {...input} />);
  }

  return {
    field,
    text,
    /** A date or time typed as text, checked when the clerk leaves it. */
    date: (name: K, options: TextOptions) => text(name, { onBlur: true, ...options }),
    area: (name: K, { rows: [minRows, maxRows], placeholder, ...options }: AreaOptions) =>
      field(name, options, <Input.TextArea autoSize={{ minRows, maxRows }} placeholder={placeholder} />),
    /** A heading across the form, with what it says under it. */
    section: (title: string, note?: ReactNode) => (
      <Col span={24}>
        <Divider titlePlacement="start" plain>
          {title}
        </Divider>
        {note}
      </Col>
    ),
  };
}
