import { Button, Checkbox, Flex } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** Rows of the preview that cannot be imported as they are. */
  bad: number;
  onlyGood: boolean;
  setOnlyGood(onlyGood: boolean): void;
  blocked: boolean;
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
  bad,
  onlyGood,
  setOnlyGood,
  blocked,
  importing,
  label,
  onImport,
  onClose,
  children,
}: Props) {
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
