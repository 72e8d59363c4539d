import { Flex, Modal } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { ImportAlerts } from './ImportAlerts';
import { ImportFooter } from './ImportFooter';

interface Preview {
  bad: number;
  headersMissing: string[];
  headersUnknown: string[];
}

interface Props<P extends Preview> {
  title: string;
  width: number;
  style?: CSSProperties;
  /** The chosen file as the import hook holds it. */
  file: { preview: P | null; problem: string | null; busy: 'reading' | 'importing' | null };
  /** How many the import would write. */
  toImport: number;
  onlyGood: boolean;
  setOnlyGood(onlyGood: boolean): void;
  /** The import button's words, e.g. 导入 12 位委员. */
  label: string;
  onImport(): void;
  onClose(): void;
  /** The import's own choices in the foot, after 仅导入无误的行. */
  choices?: ReactNode;
  /** Added to the refusal of a file without a needed column. */
  missingHint?: string;
  /** How to prepare and choose the file, above the warnings. */
  chooser: ReactNode;
  /** The preview of a file that has every needed column. */
  children(preview: P): ReactNode;
}

/**
 * A window importing a file the clerk checks first: how to choose it, what is wrong with it, its
 * preview, and in the foot what to take and the import button. A click beside it does not close it.
 */
export function ImportModal<P extends Preview>(p: Props<P>) {
  const { preview, problem, busy } = p.file;
  return (
    <Modal
      open
      title={p.title}
      width={p.width}
      style={p.style}
      onCancel={p.onClose}
      mask={{ closable: false }}
      footer={
        <ImportFooter
          preview={preview}
          toImport={p.toImport}
          onlyGood={p.onlyGood}
          setOnlyGood={p.setOnlyGood}
          importing={busy === 'importing'}
          label={p.label}
          onImport={p.onImport}
          onClose={p.onClose}
        >
          {p.choices}
        </ImportFooter>
      }
    >
      <Flex vertical gap={12}>
        {p.chooser}
        <ImportAlerts problem={problem} preview={preview} missingHint={p.missingHint} />
        {preview && preview.headersMissing.length === 0 && p.children(preview)}
      </Flex>
    </Modal>
  );
}
