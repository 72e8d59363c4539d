import { Table } from 'antd';
import type { FileDeed } from '../../../../shared/contract/memberFile';
import { fileDate } from './fileDate';
import { FileSection } from './FileSection';

export function FileDeeds({ deeds }: { deeds: FileDeed[] }) {
  return (
    <FileSection title="先进事迹" count={deeds.length} emptyText="本年度没有记录该委员的先进事迹。">
      <Table<FileDeed>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={deeds}
        columns={[
          { title: '日期', dataIndex: 'happenedOn', width: 130, render: fileDate },
          { title: '事迹', dataIndex: 'title' },
          { title: '来源', dataIndex: 'source', width: 180 },
        ]}
      />
    </FileSection>
  );
}
