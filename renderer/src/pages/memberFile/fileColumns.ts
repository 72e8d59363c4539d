import type { ColumnType } from 'antd/es/table';
import { fileDate } from './fileDate';

type Key<T> = keyof T & string;

/** A date column: 2026年5月14日, or a dash where the record has none. */
export function dateColumn<T>(title: string, dataIndex: Key<T>): ColumnType<T> {
  return { title, dataIndex, width: 130, render: fileDate };
}

/** A column that shows the field as it is; without a width it takes the rest of the row. */
export function textColumn<T>(title: string, dataIndex: Key<T>, width?: number): ColumnType<T> {
  return width === undefined ? { title, dataIndex } : { title, dataIndex, width };
}

/** A column that shows a code by its Chinese label (or by what `label` makes of it). */
export function labelColumn<T, K extends Key<T>>(
  title: string,
  dataIndex: K,
  width: number,
  label: (value: T[K]) => string,
): ColumnType<T> {
  return { title, dataIndex, width, render: (value: T[K]) => label(value) };
}
