import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DutyCell, DutyMatrix, DutyRow } from '../../../../shared/contract/duty';
import { openMemberFile } from '../memberFile/useMemberFile';
import { cellLooks, cellState } from './evidenceLooks';

export interface CellRef {
  memberId: number;
  itemCode: string;
}

interface Props {
  matrix: DutyMatrix;
  loading: boolean;
  onOpenCell(cell: CellRef): void;
}

function CellButton({ row, cell, label, onOpen }: { row: DutyRow; cell: DutyCell; label: string; onOpen(): void }) {
  const state = cellState(cell);
  const looks = cellLooks[state];
  return (
    <Button
      type="text"
      block
      aria-label={`${row.member.name} ${label} ${cell.count}/${cell.required} ${looks.word}`}
      onClick={onOpen}
      style={{ color: looks.color, background: looks.background, fontWeight: state === 'done' ? 600 : 400 }}
    >
      {cell.count}/{cell.required}
    </Button>
  );
}

/**
 * Members × items of the year's scheme. The member column stays in view while the items scroll
 * sideways; a cell opens the evidence behind its count.
 */
export function DutyMatrixTable({ matrix, loading, onOpenCell }: Props) {
  const { items } = matrix.scheme;
  const columns: ColumnsType<DutyRow> = [
    {
      title: '委员',
      key: 'member',
      fixed: 'left',
      width: 150,
      render: (_, row) => (
        <Flex vertical align="start">
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => openMemberFile(row.member.id)}>
            {row.member.name}
          </Button>
          {row.member.sector && (
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: row.member.sector }}
              style={{ fontSize: 12, maxWidth: 130 }}
            >
              {row.member.sector}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...items.map((item, pos) => ({
      title: item.label,
      key: item.code,
      width: 104,
      align: 'center' as const,
      render: (_: unknown, row: DutyRow) => (
        <CellButton
          row={row}
          cell={row.cells[pos]}
          label={item.label}
          onOpen={() => onOpenCell({ memberId: row.member.id, itemCode: item.code })}
        />
      ),
    })),
    {
      title: '完成',
      key: 'done',
      fixed: 'right',
      width: 80,
      align: 'center',
      render: (_, row) => (
        <Typography.Text type={row.doneItems === row.totalItems ? 'success' : undefined} strong>
          {row.doneItems}/{row.totalItems}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Table<DutyRow>
      rowKey={(row) => row.member.id}
      size="small"
      bordered
      columns={columns}
      dataSource={matrix.rows}
      loading={loading}
      pagination={false}
      sticky
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>完成人数</Typography.Text>
            </Table.Summary.Cell>
            {matrix.totals.map((t, i) => (
              <Table.Summary.Cell key={t.itemCode} index={i + 1} align="center">
                {t.membersDone}/{matrix.rows.length}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={items.length + 1} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
