import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Spin, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { DutyEvidence, DutyMatrix } from '../../../../shared/contract/duty';
import { zhDate } from '../../../../shared/zhDates';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { hasOwnAddress } from '../../shell/recordKinds';
import { RecordLink } from '../../shell/RecordLink';
import type { CellRef } from './DutyMatrixTable';
import { cellLooks, cellState, evidenceKindColor, evidenceKindLabel } from './evidenceLooks';
import { useCellEvidence } from './useCellEvidence';
import { useDuty } from './useDuty';

const itemStyle: CSSProperties = { padding: '10px 0', borderBottom: '1px solid #f0f0f0' };

interface Props {
  matrix: DutyMatrix;
  /** The open cell; null when the drawer is closed. */
  cell: CellRef | null;
  onAddRecord(cell: CellRef): void;
  onClose(): void;
}

/**
 * One cell of the matrix: the rows of the archive that count toward it (read when the cell opens),
 * each a link to its record, and a hand-kept record to add.
 */
export function EvidenceDrawer({ matrix, cell, onAddRecord, onClose }: Props) {
  const deleteWithUndo = useDeleteWithUndo();
  const { removeRecord, restoreRecord } = useDuty();
  const { evidence, loading, error, retry } = useCellEvidence(matrix, cell);
  const row = cell && matrix.rows.find((r) => r.member.id === cell.memberId);
  const pos = cell ? matrix.scheme.items.findIndex((i) => i.code === cell.itemCode) : -1;
  const item = matrix.scheme.items[pos];
  const found = row && item ? { row, item, data: row.cells[pos] } : null;

  const deleteRecord = (e: DutyEvidence) =>
    void deleteWithUndo({
      what: '履职记录',
      name: e.title,
      key: `duty-record-deleted-${e.id}`,
      remove: () => removeRecord(e.id),
      restore: () => restoreRecord(e.id),
    });

  const looks = found && cellLooks[cellState(found.data)];
  return (
    <Drawer
      open={found !== null}
      onClose={onClose}
      size={520}
      title={found ? `${found.row.member.name} · ${found.item.label}` : ''}
      extra={
        found && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onAddRecord(cell!)}>
            登记履职记录
          </Button>
        )
      }
    >
      {found && looks && (
        <Flex vertical gap={12}>
          <Typography.Text>
            {matrix.year}年应完成 {found.data.required} 次，已有 {found.data.count} 次{' '}
            <Tag color={found.data.done ? 'success' : found.data.count > 0 ? 'warning' : 'default'}>{looks.word}</Tag>
          </Typography.Text>
          {evidence === null ? (
            error ? (
              <Alert
                type="error"
                showIcon
                title="读取计入的记录失败"
                description={error.message}
                action={<Button onClick={retry}>重试</Button>}
              />
            ) : (
              <Flex justify="center" style={{ padding: 24 }}>
                <Spin description="正在读取计入的记录…" />
              </Flex>
            )
          ) : (
            <Spin spinning={loading}>
              {evidence.length === 0 ? (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="还没有计入这一项的记录。出席相应类型的活动、提交提案或社情民意会自动计入；其他情况可以手工登记履职记录。"
                />
              ) : (
                <Flex
                  vertical
                  component="ul"
                  aria-label="计入的记录"
                  style={{ listStyle: 'none', margin: 0, padding: 0 }}
                >
                  {evidence.map((e) => (
                    <Flex component="li" key={`${e.kind}-${e.id}`} gap={8} align="start" style={itemStyle}>
                      <Tag color={evidenceKindColor[e.kind]}>{evidenceKindLabel[e.kind]}</Tag>
                      <Flex vertical style={{ flex: 1 }}>
                        {hasOwnAddress(e.kind) ? (
                          <RecordLink kind={e.kind} id={e.id}>
                            {e.title}
                          </RecordLink>
                        ) : (
                          <Typography.Text>{e.title}</Typography.Text>
                        )}
                        <Typography.Text type="secondary">{e.date ? zhDate(e.date) : '未填日期'}</Typography.Text>
                      </Flex>
                      {e.kind === 'record' && (
                        <Button type="link" size="small" danger onClick={() => deleteRecord(e)}>
                          删除
                        </Button>
                      )}
                    </Flex>
                  ))}
                </Flex>
              )}
            </Spin>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
