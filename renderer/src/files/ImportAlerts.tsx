import { Alert } from 'antd';

interface Props {
  /** Why the file could not be read, kept on its lines. */
  problem: string | null;
  preview: { headersMissing: string[]; headersUnknown: string[] } | null;
  /** Added to the refusal of a file without a needed column, e.g. 请使用模板的表头。 */
  missingHint?: string;
}

/** Above an import's preview: why the file could not be read, the columns it lacks and those it ignores. */
export function ImportAlerts({ problem, preview, missingHint = '' }: Props) {
  return (
    <>
      {problem && <Alert type="error" showIcon title={<span style={{ whiteSpace: 'pre-wrap' }}>{problem}</span>} />}
      {preview && preview.headersMissing.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`文件缺少“${preview.headersMissing.join('”“')}”列，无法导入。${missingHint}`}
        />
      )}
      {preview && preview.headersUnknown.length > 0 && (
        <Alert type="warning" showIcon title={`以下列无法识别，导入时将被忽略：${preview.headersUnknown.join('、')}`} />
      )}
    </>
  );
}
