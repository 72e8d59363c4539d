import { Typography } from 'antd';
import type { FileSummary as Summary } from '../../../../shared/contract/memberFile';
import { FileSection } from './FileSection';

/** The member's 履职小结 of the year, as written. */
export function FileSummary({ summary }: { summary: Summary | null }) {
  return (
    <FileSection
      title="履职小结"
      count={summary ? undefined : 0}
      emptyText="本年度还没有该委员的履职小结（可在“文档”中撰写）。"
    >
      {summary && (
        <>
          <Typography.Text strong>{summary.title}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{summary.body}</Typography.Paragraph>
        </>
      )}
    </FileSection>
  );
}
