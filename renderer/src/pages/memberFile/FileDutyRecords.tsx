import type { FileDutyRecord } from '../../../../shared/contract/memberFile';
import { fileDate } from './fileDate';
import { FileTable } from './FileSection';

/** Duty items the clerk recorded by hand, with their evidence. */
export function FileDutyRecords({ records }: { records: FileDutyRecord[] }) {
  return (
    <FileTable<FileDutyRecord>
      title="手工登记的履职记录"
      emptyText="本年度没有手工登记的履职记录。"
      rows={records}
      columns={[
        { title: '日期', dataIndex: 'doneOn', width: 130, render: fileDate },
        {
          title: '事项',
          key: 'item',
          width: 130,
          render: (_, r) => r.itemLabel ?? `${r.itemCode}（不在本年度方案中）`,
        },
        { title: '履职内容', dataIndex: 'description' },
        { title: '佐证材料', dataIndex: 'evidence', width: 200 },
      ]}
    />
  );
}
