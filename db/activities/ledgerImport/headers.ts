import type { RawCell } from '../../sheets/grid';
import { headerColumns, headerWords, namedFields, normalizeHeader, type HeaderMap } from '../../sheets/headerRow';

/** What a ledger column can fill. */
export type LedgerField =
  | 'date'
  | 'time'
  | 'year'
  | 'type'
  | 'title'
  | 'content'
  | 'place'
  | 'present'
  | 'excused'
  | 'absent'
  | 'responsible'
  | 'organiser'
  | 'status'
  | 'collective'
  | 'suggestionsCount'
  | 'reportTitle'
  | 'notes';

/**
 * The headers of the project's own 活动台账 (日期, 时间, 活动类型, 活动名称 …) and of the ledgers
 * clerks keep by hand (时间, 地点, 活动内容, 参加人员, 请假人员 …), compared after normalising.
 * 时间 is the date unless the file also has a 日期 column (then it is the time of day, 09:00—11:30).
 */
export const ledgerAliases: Record<LedgerField, string[]> = {
  date: ['日期', '活动日期', '活动时间', '开展时间', '时间', '日期时间', '活动日期时间'],
  time: ['起止时间', '时段'],
  year: ['年度', '年份', '年'],
  type: ['活动类型', '类型', '类别', '活动类别', '活动形式', '形式'],
  title: [
    '活动名称',
    '名称',
    '活动主题',
    '主题',
    '题目',
    '活动内容/主题',
    '活动内容（主题）',
    '活动主题（内容）',
    '活动项目',
  ],
  content: ['活动内容', '内容', '主要内容', '活动情况', '活动简况'],
  place: ['地点', '活动地点', '地址'],
  present: [
    '参加人员',
    '出席人员',
    '参会人员',
    '参加委员',
    '出席委员',
    '参加人',
    '出席',
    '参加',
    '参加对象',
    '到会人员',
  ],
  excused: ['请假人员', '请假', '请假委员', '请假人员（事由）', '请假人员及事由'],
  absent: ['缺席人员', '缺席', '缺席委员', '未参加人员', '未到人员'],
  responsible: ['责任人', '负责人', '牵头人', '召集人', '联系人'],
  organiser: ['组织单位', '主办单位', '组织者', '承办单位'],
  status: ['状态', '活动状态'],
  collective: ['集体活动', '是否集体活动'],
  suggestionsCount: ['意见建议条数', '建议条数', '意见建议（条）'],
  reportTitle: ['调研报告', '调研报告名称', '成果'],
  notes: ['备注', '说明'],
};

/** Columns of the project's own ledger that the archive works out itself; recognised, then ignored. */
const ignoredHeaders = ['序号', '编号', '应到', '出勤率', '对应计划事项'].map(normalizeHeader);

const byHeader = headerWords(ledgerAliases);

/** How many ledger fields a row names, or 0 unless it names a date and a title or content: the header scores highest. */
export function ledgerHeaderScore(row: RawCell[]): number {
  const fields = namedFields(row, byHeader);
  return fields.has('date') && (fields.has('title') || fields.has('content')) ? fields.size : 0;
}

export const isLedgerHeaderRow = (row: RawCell[]) => ledgerHeaderScore(row) > 0;

export type LedgerHeaderMap = HeaderMap<LedgerField>;

export function mapLedgerHeaders(row: RawCell[]): LedgerHeaderMap {
  const labels = row.map((c) => (typeof c === 'string' ? c.trim() : ''));
  const hasDay = labels.some((l) => normalizeHeader(l) !== '时间' && byHeader.get(normalizeHeader(l)) === 'date');
  // The project's own ledger: 日期 is the day, 时间 the time of day.
  const fieldOf = (h: string) => (h === '时间' && hasDay ? 'time' : byHeader.get(h));
  const { columns, unknown, taken } = headerColumns<LedgerField>(row, fieldOf, ignoredHeaders);
  const missing: string[] = [];
  if (!taken.has('date')) missing.push('日期（或“时间”）');
  if (!taken.has('title') && !taken.has('content')) missing.push('活动名称（或“活动内容”）');
  return { columns, missing, unknown };
}
