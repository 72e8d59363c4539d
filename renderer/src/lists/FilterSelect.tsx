import { Select, type SelectProps } from 'antd';

type Props<V> = Omit<SelectProps<V>, 'aria-label' | 'placeholder' | 'allowClear' | 'style' | 'onChange'> & {
  /** Shown in the empty box and read by screen readers, e.g. 立案情况. */
  label: string;
  width: number;
  /** Undefined when the clerk clears the choice. */
  onChange(value?: V): void;
};

/** One filter choice above a list, cleared to show all again. */
export function FilterSelect<V>({ label, width, onChange, ...rest }: Props<V>) {
  return (
    <Select<V>
      aria-label={label}
      placeholder={label}
      allowClear
      onChange={(value) => onChange(value)}
      style={{ width }}
      {...rest}
    />
  );
}
