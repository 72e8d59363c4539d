import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef } from 'react';

interface Props {
  /** The hidden file input's accessible name, e.g. 选择要导入的名册文件. */
  label: string;
  accept: string;
  /** The chosen file's name, shown beside the button. */
  fileName: string | null;
  reading: boolean;
  onChoose(file: File): void;
}

/** 选择文件: the system's file dialog behind a button, then the chosen file's name; the same file may be chosen again. */
export function ChooseFileButton({ label, accept, fileName, reading, onChoose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<UploadOutlined />} loading={reading} onClick={() => input.current?.click()}>
        选择文件
      </Button>
      {fileName && <Typography.Text type="secondary">{fileName}</Typography.Text>}
      <input
        ref={input}
        type="file"
        aria-label={label}
        accept={accept}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </>
  );
}
