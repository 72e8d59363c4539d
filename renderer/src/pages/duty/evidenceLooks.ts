import type { DutyCell, EvidenceKind } from '../../../../shared/contract/duty';

/** Where a credit comes from, as the clerk calls it. */
export const evidenceKindLabel: Record<EvidenceKind, string> = {
  activity: '活动',
  proposal: '提案',
  opinion_report: '社情民意',
  deed: '先进事迹',
  document: '履职小结',
  record: '履职记录',
};

export const evidenceKindColor: Record<EvidenceKind, string> = {
  activity: 'blue',
  proposal: 'purple',
  opinion_report: 'cyan',
  deed: 'gold',
  document: 'geekblue',
  record: 'green',
};

/** A cell done, begun (some but not enough) or not begun, for its colour. */
export type CellState = 'done' | 'begun' | 'none';

export const cellState = (c: Pick<DutyCell, 'count' | 'done'>): CellState =>
  c.done ? 'done' : c.count > 0 ? 'begun' : 'none';

export const cellLooks: Record<CellState, { color: string; background: string; word: string }> = {
  done: { color: '#389e0d', background: '#f6ffed', word: '已完成' },
  begun: { color: '#d46b08', background: '#fff7e6', word: '未完成' },
  none: { color: '#8c8c8c', background: 'transparent', word: '未开始' },
};
