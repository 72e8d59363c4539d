import { Input } from 'antd';
import type { KeyboardEvent } from 'react';
import { charCount } from './charCount';

interface Props {
  value?: string;
  onChange?(value: string): void;
  /** Ctrl+Enter: in a long text Enter starts a new line, so saving takes the Ctrl key. */
  onSubmit(): void;
  placeholder?: string;
  'aria-label'?: string;
  id?: string;
}

/**
 * A long text (a summary, a deed's story) as plain text: paragraphs by blank lines, headings as
 * clerks number them (一、 （一） 1.), which is also valid Markdown for the printed volume.
 */
export function BodyEditor({ value, onChange, onSubmit, placeholder, ...aria }: Props) {
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
    }
  }
  return (
    <Input.TextArea
      {...aria}
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      onKeyDown={onKeyDown}
      placeholder={placeholder}
      autoSize={{ minRows: 12, maxRows: 30 }}
      showCount={{ formatter: ({ value }) => `${charCount(value)} 字` }}
      style={{ fontSize: 15, lineHeight: 1.8 }}
    />
  );
}
