import type { FileDeed } from '../../../../shared/contract/memberFile';
import { fileDate } from './fileDate';
import { FileTable } from './FileSection';

export function FileDeeds({ deeds }: { deeds: FileDeed[] }) {
  return (
    <FileTable<FileDeed>
      title="先进事迹"
      emptyText="本年度没有记录该委员的先进事迹。"
      rows={deeds}
      columns={[
        { title: '日期', dataIndex: 'happenedOn', width: 130, render: fileDate },
        { title: '事迹', dataIndex: 'title' },
        { title: '来源', dataIndex: 'source', width: 180 },
      ]}
    />
  );
}
