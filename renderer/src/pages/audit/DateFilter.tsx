import { Input } from 'antd';
import { useState } from 'react';
import { isoDate } from '../../../../shared/contract/fields';
import { normalizeDateText } from '../../forms/dateText';

interface Props {
  label: string;
  /** The date in force, written 2026-05-14. */
  value?: string;
  onChange(date: string | undefined): void;
}

/**
 * One day typed as clerks type it (2026.5.1, 2026年5月1日), put in force when the clerk leaves
 * the box or presses Enter; a date that does not exist stays red and filters nothing.
 */
export function DateFilter({ label, value, onChange }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? value ?? '';
  const date = normalizeDateText(text);
  const valid = date === '' || isoDate.safeParse(date).success;

  function apply() {
    if (!valid) return;
    setTyped(null);
    if ((date || undefined) !== value) onChange(date || undefined);
  }

  return (
    <Input
      aria-label={label}
      placeholder={label}
      allowClear
      value={text}
      status={valid ? undefined : 'error'}
      title={valid ? undefined : '日期无效，请按 2026-05-14 的格式填写真实存在的日期'}
      onChange={(e) => {
        setTyped(e.target.value);
        // Clearing with the ✕ applies at once; typing waits for Enter or leaving the box.
        if (e.target.value === '' && value) onChange(undefined);
      }}
      onBlur={apply}
      onPressEnter={apply}
      style={{ width: 150 }}
    />
  );
}
