import { Flex, Table, Tag, Typography } from 'antd';
import type { DutyEvidenceCell } from '../../../../shared/contract/duty';
import type { MemberDutyFile } from '../../../../shared/contract/memberFile';
import { cellLooks, cellState, evidenceKindLabel } from '../duty/evidenceLooks';
import { fileDate } from './fileDate';
import { FileSection } from './FileSection';

interface ItemRow {
  label: string;
  cell: DutyEvidenceCell;
}

/** The member's row of the year's scheme, each item with the records that count toward it. */
export function FileDutyItems({ file }: { file: MemberDutyFile }) {
  const rows: ItemRow[] = file.scheme.items.map((item, pos) => ({ label: item.label, cell: file.duty.cells[pos] }));
  return (
    <FileSection
      title={`“${file.scheme.name}”完成情况：${file.duty.doneItems}/${file.duty.totalItems} 项`}
      emptyText=""
    >
      <Table<ItemRow>
        rowKey={(r) => r.cell.itemCode}
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '事项', dataIndex: 'label', width: 140 },
          {
            title: '完成',
            key: 'count',
            width: 110,
            render: (_, r) => {
              const looks = cellLooks[cellState(r.cell)];
              return (
                <Typography.Text style={{ color: looks.color }}>
                  {r.cell.count}/{r.cell.required} {looks.word}
                </Typography.Text>
              );
            },
          },
          {
            title: '计入的记录',
            key: 'evidence',
            render: (_, r) => (
              <Flex vertical gap={2}>
                {r.cell.evidence.map((e) => (
                  <span key={`${e.kind}-${e.id}`}>
                    <Tag>{evidenceKindLabel[e.kind]}</Tag>
                    {fileDate(e.date)} {e.title}
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </FileSection>
  );
}
