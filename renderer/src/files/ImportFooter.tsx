import { Button, Checkbox, Flex } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The file's preview: how many rows cannot be imported as they are, and the columns it lacks. */
  preview: { bad: number; headersMissing: string[] } | null;
  /** How many the import would write. */
  toImport: number;
  onlyGood: boolean;
  setOnlyGood(onlyGood: boolean): void;
  importing: boolean;
  /** The import button's words, e.g. 导入 12 位委员. */
  label: string;
  onImport(): void;
  onClose(): void;
  /** The import's own choices, after 仅导入无误的行. */
  children?: ReactNode;
}

/** The foot of an import window: the choices of what to take, 取消 and the import button. */
export function ImportFooter({
  preview,
  toImport,
  onlyGood,
  setOnlyGood,
  importing,
  label,
  onImport,
  onClose,
  children,
}: Props) {
  const bad = preview?.bad ?? 0;
  // Nothing to take, a needed column missing, or rows in error not yet left out.
  const blocked = !preview || preview.headersMissing.length > 0 || toImport === 0 || (bad > 0 && !onlyGood);
  return (
    <Flex gap={16} align="center" justify="flex-end" wrap>
      {bad > 0 && (
        <Checkbox checked={onlyGood} onChange={(e) => setOnlyGood(e.target.checked)}>
          仅导入无误的行
        </Checkbox>
      )}
      {children}
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" disabled={blocked} loading={importing} onClick={onImport}>
        {label}
      </Button>
    </Flex>
  );
}
